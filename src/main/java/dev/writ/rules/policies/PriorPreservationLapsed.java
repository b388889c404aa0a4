package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * A follow-up demand that arrives after the preservation hold lapsed is judged on its own
 * process, but the data may be gone (legal-rules.md SCA-07).
 */
final class PriorPreservationLapsed implements Rule {

	static final Citation SCA_07 = PreservationHold.SCA_07;

	@Override
	public List<Citation> citations() {
		return List.of(SCA_07);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		PriorPreservation prior = facts.process().priorPreservation();
		if (Preservation.isPreservation(facts) || prior == null
				|| !facts.receivedDate().isAfter(Preservation.heldUntil(facts, prior))) {
			return List.of();
		}
		return List.of(SCA_07.info(ReasonCode.PRESERVATION_EXPIRED,
				"The preservation hold of " + prior.receivedDate() + " ended on " + Preservation.heldUntil(facts, prior)
						+ ", before this demand arrived; records deleted since then " + "may no longer exist."));
	}

}
