package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.Assessment.TargetOutcome;
import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.UserNotice;
import dev.writ.rules.policies.Preservation;
import dev.writ.shared.legal.ProcessType;

/**
 * Weighs all findings into one decision, deterministically, in the order of
 * legal-rules.md section 9: per-target outcomes, the overall outcome, the data and period
 * to release, user notice, reimbursement and the statutory deadline.
 */
public final class DecisionProcedure {

	static final Citation POL_PROCESS = new Citation("POL-PROCESS",
			"Provider policy: subpoena for non-content, warrant for content; 18 U.S.C. § 2703");

	/**
	 * The citations of the decision-level policies, for the rule list in docs/rules.md.
	 */
	public static List<Citation> citations() {
		List<Citation> citations = new ArrayList<>(
				List.of(POL_PROCESS, ReimbursementPolicy.SCA_11, ResponseDeadline.EEV_06));
		citations.addAll(NoticePolicy.citations());
		return citations;
	}

	public Assessment decide(DemandFacts facts, ProviderProfile profile, List<Finding> ruleFindings) {
		List<Finding> findings = new ArrayList<>(ruleFindings);
		Release release = Release.of(facts, findings);
		List<Outcome> perTarget = TargetOutcomes.of(facts, findings, release);
		Outcome outcome = OverallOutcome.of(perTarget);
		if (outcome.releasesData() && facts.process().type() != ProcessType.EMERGENCY_REQUEST) {
			findings.add(POL_PROCESS.info(ReasonCode.PROCESS_SUFFICIENT, "The process is valid and sufficient for "
					+ String.join(", ", release.categories().stream().map(c -> c.code()).toList()) + "."));
		}
		UserNotice notice = NoticePolicy.decide(facts, outcome, findings);
		boolean reimbursement = ReimbursementPolicy.decide(facts, outcome, profile, findings);
		String deadline = ResponseDeadline.of(facts, outcome, perTarget, findings);
		boolean released = outcome.releasesData();
		return new Assessment(facts.id(), outcome, Reasons.of(findings, outcome),
				released ? release.categories() : List.of(), released ? release.period() : null, notice, reimbursement,
				deadline, (outcome == Outcome.PRESERVE_ONLY) ? Preservation.until(facts) : null,
				targetOutcomes(facts, perTarget), findings);
	}

	private static List<TargetOutcome> targetOutcomes(DemandFacts facts, List<Outcome> perTarget) {
		List<TargetOutcome> outcomes = new ArrayList<>();
		for (int i = 0; i < perTarget.size(); i++) {
			outcomes.add(new TargetOutcome(facts.targets().get(i).identifier(), perTarget.get(i)));
		}
		return outcomes;
	}

}
