package dev.writ.review;

import org.jspecify.annotations.Nullable;

/**
 * One step on a case, as a reviewer asks for it.
 *
 * @param expectedVersion the case version the reviewer saw; a case changed since is
 * refused with {@link CaseChangedElsewhere}
 * @param reason why, in the reviewer's words (required)
 * @param justification counsel's justification for overriding a blocking finding
 * @param decision what a decisive step decides (an approval's scope, a rejection's
 * reasons, the customer, the challenge); null for other steps
 */
public record CaseCommand(String reference, int expectedVersion, CaseAction action, Reviewer actor, String reason,
		@Nullable String justification, @Nullable Decision decision) {

	/** A plain step: no override, nothing decided beyond the reason. */
	public static CaseCommand of(String reference, int expectedVersion, CaseAction action, Reviewer actor,
			String reason) {
		return new CaseCommand(reference, expectedVersion, action, actor, reason, null, null);
	}

}
