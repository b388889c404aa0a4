package dev.writ.rules.decision;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ProviderProfile.Reimbursement;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

/**
 * Cost reimbursement may be sought from a US governmental entity that obtains data, and
 * from civil parties, never for emergencies or child-exploitation cases; not for foreign
 * orders (legal-rules.md SCA-11, CSE-02).
 */
final class ReimbursementPolicy {

	static final Citation SCA_11 = new Citation("SCA-11", "18 U.S.C. § 2706; Fed. R. Civ. P. 45(d); provider policy");

	private ReimbursementPolicy() {
	}

	static boolean decide(DemandFacts facts, Outcome outcome, ProviderProfile profile, List<Finding> findings) {
		Reimbursement policy = profile.reimbursement();
		if (!outcome.releasesData()) {
			return false;
		}
		boolean civil = facts.requester().kind() == RequesterKind.CIVIL_LITIGANT;
		if (!civil && !facts.requester().isUsGovernment()) {
			return false;
		}
		boolean allowed = civil ? policy.civil() : policy.usGovernment();
		if (isEmergency(facts) && !policy.emergencies()) {
			findings.add(SCA_11.info(ReasonCode.NO_REIMBURSEMENT_EMERGENCY,
					"No cost reimbursement is sought for emergencies."));
			allowed = false;
		}
		if (facts.context().childExploitation() && !policy.childExploitation()) {
			findings.add(SCA_11.info(ReasonCode.NO_REIMBURSEMENT_CHILD_EXPLOITATION,
					"No cost reimbursement is sought in child-exploitation cases."));
			allowed = false;
		}
		return allowed;
	}

	private static boolean isEmergency(DemandFacts facts) {
		return facts.process().type() == ProcessType.EMERGENCY_REQUEST || facts.context().dangerToLife();
	}

}
