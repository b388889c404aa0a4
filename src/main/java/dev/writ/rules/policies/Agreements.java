package dev.writ.rules.policies;

import dev.writ.rules.DemandFacts;
import dev.writ.shared.legal.ProcessType;

/**
 * Orders under a CLOUD Act executive agreement (18 U.S.C. 2523): today the UK's overseas
 * production orders and Australia's international production orders.
 */
final class Agreements {

	private Agreements() {
	}

	static boolean coversIssuer(DemandFacts facts) {
		String country = Jurisdictions.country(facts.process().issuingJurisdiction());
		return country != null && Jurisdictions.QUALIFYING_FOREIGN_GOVERNMENTS.contains(country);
	}

	/** An overseas production order from a country with an agreement in force. */
	static boolean isAgreementOrder(DemandFacts facts) {
		return facts.process().type() == ProcessType.OVERSEAS_PRODUCTION_ORDER && coversIssuer(facts);
	}

}
