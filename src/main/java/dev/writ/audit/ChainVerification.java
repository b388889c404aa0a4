package dev.writ.audit;

import org.jspecify.annotations.Nullable;

/**
 * The result of checking the whole audit chain.
 *
 * @param entries how many entries were read
 * @param brokenAt position of the first entry that fails, or null when the chain is
 * intact
 * @param problem what is wrong with that entry, or null
 */
public record ChainVerification(long entries, @Nullable Long brokenAt, @Nullable String problem) {

	public static ChainVerification intact(long entries) {
		return new ChainVerification(entries, null, null);
	}

	public static ChainVerification broken(long entries, long at, String problem) {
		return new ChainVerification(entries, at, problem);
	}

	public boolean isIntact() {
		return this.brokenAt == null;
	}

	/** The one-line verdict printed by {@code audit verify} and shown to auditors. */
	public String describe() {
		if (isIntact()) {
			return "audit chain intact: " + this.entries + " entries";
		}
		return "audit chain broken at entry #" + this.brokenAt + ": " + this.problem;
	}

}
