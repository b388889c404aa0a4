package dev.writ.review;

import org.jspecify.annotations.Nullable;

/**
 * One step on a case, as a reviewer asks for it.
 *
 * @param expectedVersion the case version the reviewer saw; a case changed since is
 * refused with {@link CaseChangedElsewhere}
 * @param reason why, in the reviewer's words (required)
 * @param justification counsel's justification for overriding a blocking finding
 * @param narrowed whether an approval is narrower than the demand asked
 */
public record CaseCommand(String reference, int expectedVersion, CaseAction action, Reviewer actor, String reason,
		@Nullable String justification, boolean narrowed) {

	/** A plain step: no override, nothing narrowed. */
	public static CaseCommand of(String reference, int expectedVersion, CaseAction action, Reviewer actor,
			String reason) {
		return new CaseCommand(reference, expectedVersion, action, actor, reason, null, false);
	}

}
