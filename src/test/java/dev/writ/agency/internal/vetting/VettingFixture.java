package dev.writ.agency.internal.vetting;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.writ.agency.AgencyView;
import dev.writ.agency.OfficialDomainView;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;

/**
 * A small registry for vetting tests: three registered agencies (one outside .gov), one
 * suspended, and a handful of candidate domains from the real .gov list.
 */
final class VettingFixture {

	static final AgencyView FBI = agency("FBI Seattle Field Office", "fbi.gov", GovernmentLevel.FEDERAL, true);

	static final AgencyView STATE_PATROL = agency("Washington State Patrol", "wsp.wa.gov", GovernmentLevel.STATE, true);

	static final AgencyView LKA_BERLIN = agency("Landeskriminalamt Berlin", "polizei.berlin.de",
			GovernmentLevel.FOREIGN, true);

	static final AgencyView SUSPENDED = agency("Hamilton County Sheriff", "hcsheriff.gov", GovernmentLevel.LOCAL,
			false);

	static final OfficialDomainView SEATTLE = candidate("seattle.gov", "City of Seattle", null, "City", "Seattle",
			"WA");

	static final OfficialDomainView NASA = candidate("nasa.gov", "National Aeronautics and Space Administration",
			"NASA Office of the Chief Information Officer", "Federal - Executive", "Washington", "DC");

	static final List<OfficialDomainView> CANDIDATES = List.of(
			candidate("fbi.gov", "Department of Justice", "Federal Bureau of Investigation", "Federal - Executive",
					"Washington", "DC"),
			SEATTLE, NASA, candidate("ca.gov", "State of California", null, "State or territory", "Sacramento", "CA"),
			candidate("wa.gov", "State of Washington", null, "State or territory", "Olympia", "WA"),
			candidate("america.gov", "Department of State", "Bureau of Global Public Affairs", "Federal - Executive",
					"Washington", "DC"),
			candidate("chattanooga.gov", "City of Chattanooga", null, "City", "Chattanooga", "TN"),
			candidate("hcsheriff.gov", "County of Hamilton Sheriff", null, "County", "Chattanooga", "TN"));

	private VettingFixture() {
	}

	static DomainVetter vetter() {
		return new DomainVetter(List.of(FBI, STATE_PATROL, LKA_BERLIN, SUSPENDED), CANDIDATES,
				FreeMailProviders.standard());
	}

	private static AgencyView agency(String name, String domain, GovernmentLevel level, boolean verified) {
		return new AgencyView(UUID.randomUUID(), name, RequesterKind.LAW_ENFORCEMENT, "US", "WA", level,
				List.of(domain), null, null, ZoneId.of("America/Los_Angeles"), List.of(), verified);
	}

	private static OfficialDomainView candidate(String domain, String organisation, String suborganisation, String type,
			String city, String state) {
		Instant imported = Instant.parse("2026-08-22T00:00:00Z");
		return new OfficialDomainView(domain, organisation, suborganisation, type, city, state, "dotgov", imported,
				imported);
	}

}
