package dev.writ.directory;

/**
 * Where a legal hold stands.
 */
public enum HoldStatus {

	/** In force until its end date, as first placed. */
	PLACED,
	/** In force until a later end date than first placed. */
	EXTENDED,
	/** Released before its end date; the data need no longer be preserved. */
	RELEASED,
	/**
	 * Its end date has passed without release. Not stored: a hold in force becomes
	 * expired the day after its end date.
	 */
	EXPIRED;

	/** Whether the data must still be preserved. */
	public boolean inForce() {
		return this == PLACED || this == EXTENDED;
	}

}
