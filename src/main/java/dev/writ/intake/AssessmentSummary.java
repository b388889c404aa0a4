package dev.writ.intake;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The engine's assessment of one version of a demand, as it was stored when that version
 * arrived.
 */
public record AssessmentSummary(String outcome, List<String> reasons, List<String> dataToRelease, String userNotice,
		boolean reimbursementAllowed, @Nullable String deadline, List<FindingLine> findings) {

	/**
	 * One finding, with the rule and the law behind it.
	 *
	 * @param target the identifier it is about, or null for the whole demand
	 */
	public record FindingLine(String code, String rule, String severity, String citation, String message,
			@Nullable String target) {

	}

}
