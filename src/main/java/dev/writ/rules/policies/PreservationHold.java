package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * On a governmental request the provider preserves the records pending further process:
 * 90 days, once extended by 90 on renewal; an EU preservation order 60 days. Preservation
 * is not disclosure: nothing is released (legal-rules.md SCA-07, EEV-06).
 */
final class PreservationHold implements Rule {

	static final Citation SCA_07 = new Citation("SCA-07", "18 U.S.C. § 2703(f)(1)-(2)");

	static final Citation EEV_06 = new Citation("EEV-06", "Reg. (EU) 2023/1543 Art. 11");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_07, EEV_06);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (!Preservation.isPreservation(facts)) {
			return List.of();
		}
		Citation citation = facts.process().crossBorder().isEuPreservationOrder() ? EEV_06 : SCA_07;
		List<Finding> findings = new ArrayList<>();
		PriorPreservation prior = facts.process().priorPreservation();
		if (Preservation.isExtension(facts)) {
			findings.add(citation.info(ReasonCode.PRESERVATION_EXTENDED,
					"The hold placed on " + prior.receivedDate() + " is extended to " + Preservation.until(facts)
							+ ". No further statutory extension is possible; " + "serve process to obtain the data."));
			return findings;
		}
		if (prior != null && facts.receivedDate().isAfter(Preservation.heldUntil(facts, prior))) {
			findings.add(citation.info(ReasonCode.PRESERVATION_EXPIRED, "The earlier hold ended on "
					+ Preservation.heldUntil(facts, prior) + "; data deleted since then may be gone."));
		}
		findings.add(citation.info(ReasonCode.PRESERVATION_ACCEPTED, "The records are preserved until "
				+ Preservation.until(facts) + ". Nothing is disclosed until valid process for the data arrives."));
		return findings;
	}

}
