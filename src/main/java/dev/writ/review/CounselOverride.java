package dev.writ.review;

import java.util.List;

import dev.writ.identity.Role;
import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.AssessmentSummary.FindingLine;

import org.jspecify.annotations.Nullable;

/**
 * The engine's findings are the starting point, never the final word: a decision that
 * contradicts a blocking finding is counsel's alone, and only with a recorded
 * justification.
 */
public final class CounselOverride {

	static final String BLOCKING = "blocking";

	private CounselOverride() {
	}

	/** The blocking findings of an assessment. */
	public static List<FindingLine> blocking(AssessmentSummary assessment) {
		return assessment.findings().stream().filter(f -> BLOCKING.equalsIgnoreCase(f.severity())).toList();
	}

	/**
	 * Whether taking the action goes against a blocking finding: approving disclosure.
	 */
	public static boolean contradicts(CaseAction action, boolean blockingFinding) {
		return blockingFinding && action == CaseAction.APPROVE;
	}

	/**
	 * Refuses a decision that contradicts a blocking finding unless counsel takes it with
	 * a justification.
	 */
	public static void check(CaseAction action, boolean blockingFinding, Reviewer actor,
			@Nullable String justification) {
		if (!contradicts(action, blockingFinding)) {
			return;
		}
		if (actor.role() != Role.COUNSEL) {
			throw new DecisionRefused("actor",
					action + " goes against a blocking finding of the engine: only counsel may override it");
		}
		if (justification == null || justification.isBlank()) {
			throw new DecisionRefused("justification",
					"overriding a blocking finding of the engine needs counsel's justification");
		}
	}

}
