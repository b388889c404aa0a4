package dev.writ.rules;

import dev.writ.shared.legal.Coded;

/**
 * What happens to a demand, or to one of its targets (scenario vocabulary
 * {@code expected.outcome}).
 */
public enum Outcome implements Coded {

	/** Refused: the demand is defective or asks for nothing the process reaches. */
	REJECT,
	/** Content (and whatever non-content the process reaches) is produced. */
	DISCLOSE_CONTENT,
	/** Only non-content records are produced. */
	DISCLOSE_NONCONTENT_ONLY,
	/** No account matches. */
	NO_DATA_FOUND,
	/** The requester is sent to the enterprise customer that controls the data. */
	REDIRECT_TO_CUSTOMER,
	/** Produced after narrowing: some data, period or targets were dropped. */
	NARROW_THEN_DISCLOSE,
	/** The provider moves to quash or objects for a conflict of laws. */
	CHALLENGE_CONFLICT_OF_LAW,
	/** The accounts are preserved; nothing is produced. */
	PRESERVE_ONLY,
	/** The requester must go through mutual legal assistance (MLAT). */
	ROUTE_TO_MLAT;

	/** Whether data leaves the provider under this outcome. */
	public boolean releasesData() {
		return this == DISCLOSE_CONTENT || this == DISCLOSE_NONCONTENT_ONLY || this == NARROW_THEN_DISCLOSE;
	}

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
