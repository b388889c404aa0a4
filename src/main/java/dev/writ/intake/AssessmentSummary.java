package dev.writ.intake;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The engine's assessment of one version of a demand, as it was stored when that version
 * arrived.
 *
 * @param dataToRelease the category codes the engine would produce
 * @param releasePeriod the period the engine would produce, or null (none named, or
 * nothing produced)
 * @param perTarget the engine's outcome for each named target
 */
public record AssessmentSummary(String outcome, List<String> reasons, List<String> dataToRelease,
		@Nullable Period releasePeriod, String userNotice, boolean reimbursementAllowed, @Nullable String deadline,
		List<TargetLine> perTarget, List<FindingLine> findings) {

	/** A period of data, both ends inclusive. */
	public record Period(LocalDate from, LocalDate to) {

	}

	/** The engine's outcome code for one target (scenario {@code per_target}). */
	public record TargetLine(String identifier, String outcome) {

	}

	/**
	 * One finding, with the rule and the law behind it.
	 *
	 * @param target the identifier it is about, or null for the whole demand
	 */
	public record FindingLine(String code, String rule, String severity, String citation, String message,
			@Nullable String target) {

	}

}
