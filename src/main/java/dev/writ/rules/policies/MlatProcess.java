package dev.writ.rules.policies;

import dev.writ.rules.DemandFacts;
import dev.writ.shared.legal.ProcessType;

/**
 * A request routed through mutual legal assistance reaches the provider as US process: a
 * warrant or order a US court issued under 18 U.S.C. 3512 for the foreign partner
 * (legal-rules.md MLAT-02).
 */
final class MlatProcess {

	private MlatProcess() {
	}

	static boolean issuedByUsCourt(DemandFacts facts) {
		return facts.process().type() == ProcessType.MLAT_REQUEST
				&& "US".equals(Jurisdictions.country(facts.process().issuingJurisdiction()));
	}

}
