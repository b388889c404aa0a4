package dev.writ.rules;

import java.util.Set;

import dev.writ.rules.DemandFacts.Requester;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

/**
 * Who asks: verified agencies and parties, and variations of them. <pre>
 * DemandFactsFixture.aGrandJurySubpoena().from(RequesterFixture.foreignPolice("BR"))
 * </pre>
 */
public final class RequesterFixture {

	/** A verified US federal agency: the default requester of US process. */
	public static final Requester FBI = new Requester(RequesterKind.LAW_ENFORCEMENT, "FBI Seattle Field Office", "US",
			"WA", GovernmentLevel.FEDERAL, true, true, null);

	public static final Requester LKA_BERLIN = new Requester(RequesterKind.LAW_ENFORCEMENT, "Landeskriminalamt Berlin",
			"DE", "BE", GovernmentLevel.FOREIGN, true, true, null);

	public static final Requester NATIONAL_CRIME_AGENCY = new Requester(RequesterKind.LAW_ENFORCEMENT,
			"National Crime Agency", "GB", "ENG", GovernmentLevel.FOREIGN, true, true, null);

	public static final Requester PLAINTIFF_COUNSEL = new Requester(RequesterKind.CIVIL_LITIGANT,
			"Counsel for plaintiff", "US", "WA", GovernmentLevel.STATE, true, true, null);

	/** The US Department of Justice acting for a foreign partner (18 U.S.C. 3512). */
	public static final Requester DOJ_INTERNATIONAL_AFFAIRS = new Requester(RequesterKind.LAW_ENFORCEMENT,
			"DOJ Office of International Affairs", "US", null, GovernmentLevel.FEDERAL, true, true, null);

	private RequesterFixture() {
	}

	/** A verified police authority of a country without a CLOUD Act agreement. */
	public static Requester foreignPolice(String country) {
		return new Requester(RequesterKind.LAW_ENFORCEMENT, "National police of " + country, country, null,
				GovernmentLevel.FOREIGN, true, true, null);
	}

	public static Requester stateAgency(String agency, String state, GovernmentLevel level) {
		return new Requester(RequesterKind.LAW_ENFORCEMENT, agency, "US", state, level, true, true, null);
	}

	/** The FBI with the instrument powers its enabling law grants recorded. */
	public static Requester fbiWithPowers(ProcessType... powers) {
		return new Requester(RequesterKind.LAW_ENFORCEMENT, "FBI Seattle Field Office", "US", "WA",
				GovernmentLevel.FEDERAL, true, true, Set.of(powers));
	}

	/** A police department as seen by the sender checks of emergency requests. */
	public static Requester policeSending(boolean verifiedAgency, boolean officialEmailDomain) {
		return new Requester(RequesterKind.LAW_ENFORCEMENT, "Seattle Police Department", "US", "WA",
				GovernmentLevel.LOCAL, verifiedAgency, officialEmailDomain, null);
	}

	public static Requester civilLitigant(String country) {
		return new Requester(RequesterKind.CIVIL_LITIGANT, "Counsel for defendant", country, null, null, true, true,
				null);
	}

}
