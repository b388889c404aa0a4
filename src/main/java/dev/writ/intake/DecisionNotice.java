package dev.writ.intake;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What review decided about a demand, in the words its requester receives: the status the
 * demand moves to, a headline, the points behind it (reasons with their law, or what will
 * be produced) and the reviewer's note.
 *
 * @param status the status the demand moves to
 * @param lines the points of the notice, in order
 * @param note the reviewer's words to the requester
 * @param sentAt when the notice was recorded; null until it is
 */
public record DecisionNotice(String reference, DemandStatus status, String headline, List<Line> lines, String note,
		String actor, @Nullable Instant sentAt) {

	public DecisionNotice {
		lines = List.copyOf(lines);
	}

	/**
	 * One point of a notice.
	 *
	 * @param code a reason code of the vocabulary, or null for a plain statement
	 * @param citation the law behind it, or null
	 */
	public record Line(@Nullable String code, String text, @Nullable String citation) {

	}

}
