package dev.writ.registration;

import org.jspecify.annotations.Nullable;

/**
 * What became of a verification link.
 *
 * @param email the address confirmed, when the link is valid
 */
public record Verification(Outcome outcome, @Nullable String email) {

	public boolean valid() {
		return this.outcome == Outcome.VALID || this.outcome == Outcome.VERIFIED;
	}

	/**
	 * The states a link can be in.
	 */
	public enum Outcome {

		/** The link can be used. */
		VALID,
		/** The link was used just now: the address is confirmed. */
		VERIFIED,
		/** No registration has this link (mistyped, or superseded by a later one). */
		UNKNOWN,
		/** The link was used before. */
		USED,
		/** The link is older than its lifetime. */
		EXPIRED

	}

}
