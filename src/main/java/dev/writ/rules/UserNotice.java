package dev.writ.rules;

import dev.writ.shared.legal.Coded;

/**
 * Whether and when the account holder is told (legal-rules.md POL-NOTICE).
 */
public enum UserNotice implements Coded {

	/** Tell the user now. */
	NOTIFY_NOW,
	/** Tell the user when the secrecy order expires. */
	DELAY_UNTIL_NDO_EXPIRY,
	/** Do not tell: notice could endanger someone. */
	WITHHOLD_DANGER,
	/** Do not tell: notice would alert an intruder. */
	WITHHOLD_COUNTERPRODUCTIVE,
	/** Nothing to tell (nothing released), or the issuer's duty (EU orders). */
	NONE;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
