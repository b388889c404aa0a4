package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.ReasonCode.Effect;
import dev.writ.rules.policies.Preservation;

/**
 * The outcome for each target, in the precedence of legal-rules.md section 9: defects of
 * the whole demand first (reject, then routing), then each target's own facts (no
 * account, enterprise, conflict of laws), then what the process lets out.
 */
final class TargetOutcomes {

	private TargetOutcomes() {
	}

	static List<Outcome> of(DemandFacts facts, List<Finding> findings, Release release) {
		int count = facts.targets().size();
		if (has(findings, Effect.REJECT)) {
			return Collections.nCopies(count, Outcome.REJECT);
		}
		if (has(findings, Effect.ROUTE) || routedToMlatEntirely(facts, findings)) {
			return Collections.nCopies(count, Outcome.ROUTE_TO_MLAT);
		}
		List<Outcome> outcomes = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			outcomes.add(forTarget(i, facts, findings, release));
		}
		return outcomes;
	}

	private static Outcome forTarget(int i, DemandFacts facts, List<Finding> findings, Release release) {
		if (hasForTarget(findings, Effect.NO_DATA, i)) {
			return Outcome.NO_DATA_FOUND;
		}
		if (hasForTarget(findings, Effect.REDIRECT, i)) {
			return Outcome.REDIRECT_TO_CUSTOMER;
		}
		if (hasForTarget(findings, Effect.CHALLENGE, i)) {
			return Outcome.CHALLENGE_CONFLICT_OF_LAW;
		}
		if (Preservation.isPreservation(facts)) {
			return Outcome.PRESERVE_ONLY;
		}
		if (release.isEmpty()) {
			return findings.stream().anyMatch(f -> f.code() == ReasonCode.FOREIGN_CONTENT_REQUIRES_MLAT)
					? Outcome.ROUTE_TO_MLAT : Outcome.REJECT;
		}
		return release.outcome();
	}

	/**
	 * A foreign demand for content only goes through mutual legal assistance as a whole
	 * (step 4).
	 */
	private static boolean routedToMlatEntirely(DemandFacts facts, List<Finding> findings) {
		return findings.stream()
			.filter(f -> f.code() == ReasonCode.FOREIGN_CONTENT_REQUIRES_MLAT)
			.anyMatch(f -> f.withheld().containsAll(facts.dataRequested()));
	}

	private static boolean has(List<Finding> findings, Effect effect) {
		return findings.stream().anyMatch(f -> f.code().effect() == effect);
	}

	private static boolean hasForTarget(List<Finding> findings, Effect effect, int target) {
		return findings.stream().anyMatch(f -> f.code().effect() == effect && f.isAboutTarget(target));
	}

}
