package dev.writ.demo;

import java.time.ZoneId;
import java.util.List;

import dev.writ.agency.NewAgency;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;

/**
 * The demo's requesting agencies: US federal, state and local, Germany and the United
 * Kingdom.
 */
final class DemoAgencies {

	private static final Place WASHINGTON = new Place("US", "WA", "America/Los_Angeles");

	static final NewAgency FBI_SEATTLE = agency("FBI Seattle Field Office", GovernmentLevel.FEDERAL, WASHINGTON,
			"fbi.gov", "+1 206 622 0460");

	static final NewAgency WASHINGTON_STATE_PATROL = agency("Washington State Patrol", GovernmentLevel.STATE,
			WASHINGTON, "wsp.wa.gov", "+1 360 596 4000");

	static final NewAgency SEATTLE_POLICE = agency("Seattle Police Department", GovernmentLevel.LOCAL, WASHINGTON,
			"seattle.gov", "+1 206 625 5011");

	static final NewAgency LKA_BERLIN = agency("Landeskriminalamt Berlin", GovernmentLevel.FOREIGN,
			new Place("DE", "BE", "Europe/Berlin"), "polizei.berlin.de", "+49 30 4664 0");

	static final NewAgency NATIONAL_CRIME_AGENCY = agency("National Crime Agency", GovernmentLevel.FOREIGN,
			new Place("GB", "ENG", "Europe/London"), "nca.gov.uk", "+44 370 496 7622");

	static final List<NewAgency> ALL = List.of(FBI_SEATTLE, WASHINGTON_STATE_PATROL, SEATTLE_POLICE, LKA_BERLIN,
			NATIONAL_CRIME_AGENCY);

	private DemoAgencies() {
	}

	private static NewAgency agency(String name, GovernmentLevel level, Place place, String domain,
			String switchboard) {
		return new NewAgency(name, RequesterKind.LAW_ENFORCEMENT, place.country(), place.region(), level,
				List.of(domain), switchboard, "agency's published switchboard (demo)", ZoneId.of(place.zone()),
				List.of());
	}

	private record Place(String country, String region, String zone) {

	}

}
