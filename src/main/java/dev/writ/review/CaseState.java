package dev.writ.review;

/**
 * Where a case stands in its lifecycle. The legal moves between states are the rows of
 * {@link Lifecycle#TABLE}; docs/review-lifecycle.md shows the same table.
 */
public enum CaseState {

	/** Opened from a demand intake received; nobody has looked at it yet. */
	RECEIVED,
	/** An unverified emergency request, held until a call-back confirms the sender. */
	HELD_FOR_VERIFICATION,
	/** An analyst is reading the demand and the engine's findings. */
	TRIAGE,
	/** The requester was told what to correct; the case waits for a corrected version. */
	DEFICIENCY_SENT,
	/** A corrected version arrived and waits for triage. */
	RESUBMITTED,
	/**
	 * Approved once; a second, different reviewer must approve before it leaves review.
	 */
	AWAITING_SECOND_APPROVAL,
	/** Decided: disclose what the decision authorises (possibly narrowed). */
	APPROVED,
	/** Decided: refused, with reasons. */
	REJECTED,
	/**
	 * Decided: the requester is sent to the enterprise customer that controls the data.
	 */
	REDIRECTED_TO_CUSTOMER,
	/**
	 * Decided: the provider moves to quash or objects (comity motion); awaits the
	 * outcome.
	 */
	CHALLENGED,
	/** Decided: the requester must go through mutual legal assistance. */
	ROUTED_TO_MLAT,
	/** The production of what was approved is being prepared. */
	IN_PRODUCTION,
	/** The production was delivered to the requester. */
	DELIVERED,
	/** A preservation hold is in force (90 days). */
	HOLD_PLACED,
	/** A preservation hold was extended once on a renewal request (another 90 days). */
	HOLD_EXTENDED,
	/** A preservation hold ran out. */
	HOLD_EXPIRED,
	/** A preservation hold was released before its end. */
	HOLD_RELEASED,
	/**
	 * Follow-up process arrived for the preserved data; the hold serves that demand now.
	 */
	HOLD_CONVERTED,
	/** The requester withdrew the demand. */
	WITHDRAWN,
	/** Finished. */
	CLOSED;

	/** Whether nothing can happen to the case any more. */
	public boolean finished() {
		return this == CLOSED || this == WITHDRAWN;
	}

}
