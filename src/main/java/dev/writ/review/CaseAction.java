package dev.writ.review;

/**
 * What can be done to a case. Each action belongs to one {@link Origin} (who may take it)
 * and one {@link Track} (which kind of case it fits).
 */
public enum CaseAction {

	/** An analyst starts reading the case. */
	START_TRIAGE(Origin.STAFF, Track.ANY),
	/** The call-back confirmed the sender of an emergency request. */
	VERIFY_SENDER(Origin.STAFF, Track.ANY),
	/** Intake sent the requester a deficiency notice. */
	SEND_DEFICIENCY_NOTICE(Origin.REQUESTER, Track.ANY),
	/** Intake received a corrected version. */
	RESUBMIT(Origin.REQUESTER, Track.ANY),
	/** Intake held a corrected emergency request for call-back verification. */
	HOLD_FOR_VERIFICATION(Origin.REQUESTER, Track.ANY),
	/** Approve disclosure (possibly narrowed). */
	APPROVE(Origin.STAFF, Track.DISCLOSURE),
	/** A second, different reviewer approves too (four-eyes rule). */
	CONFIRM_APPROVAL(Origin.STAFF, Track.DISCLOSURE),
	/** The second reviewer disagrees: back to triage. */
	RETURN_TO_TRIAGE(Origin.STAFF, Track.DISCLOSURE),
	/**
	 * Staff ask the requester for more information: a deficiency notice in the reviewer's
	 * words.
	 */
	REQUEST_INFORMATION(Origin.STAFF, Track.ANY),
	/** Refuse, with reasons. */
	REJECT(Origin.STAFF, Track.ANY),
	/** Send the requester to the enterprise customer. */
	REDIRECT_TO_CUSTOMER(Origin.STAFF, Track.DISCLOSURE),
	/** Move to quash or object for a conflict of laws. */
	CHALLENGE(Origin.STAFF, Track.DISCLOSURE),
	/** The challenge was decided; decide the case again. */
	RESOLVE_CHALLENGE(Origin.STAFF, Track.DISCLOSURE),
	/** Send the requester to mutual legal assistance. */
	ROUTE_TO_MLAT(Origin.STAFF, Track.DISCLOSURE),
	/** Start preparing the production. */
	START_PRODUCTION(Origin.STAFF, Track.DISCLOSURE),
	/** The production was delivered. */
	DELIVER(Origin.STAFF, Track.DISCLOSURE),
	/** Place a preservation hold on the target accounts. */
	PLACE_HOLD(Origin.STAFF, Track.PRESERVATION),
	/** Extend the hold once, on a renewal request. */
	EXTEND_HOLD(Origin.STAFF, Track.PRESERVATION),
	/** The hold ran out. */
	EXPIRE_HOLD(Origin.SYSTEM, Track.PRESERVATION),
	/** Release the hold early. */
	RELEASE_HOLD(Origin.STAFF, Track.PRESERVATION),
	/** Follow-up process arrived for the preserved data. */
	CONVERT_HOLD(Origin.STAFF, Track.PRESERVATION),
	/** Intake: the requester withdrew the demand. */
	WITHDRAW(Origin.REQUESTER, Track.ANY),
	/** Finish the case. */
	CLOSE(Origin.STAFF, Track.ANY);

	private final Origin origin;

	private final Track track;

	CaseAction(Origin origin, Track track) {
		this.origin = origin;
		this.track = track;
	}

	public Origin origin() {
		return this.origin;
	}

	public Track track() {
		return this.track;
	}

	/** Who takes an action. */
	public enum Origin {

		/** An analyst or counsel, through the review facade. */
		STAFF,
		/** The requester, through intake; review follows intake's events. */
		REQUESTER,
		/** Writ itself, when time runs out. */
		SYSTEM

	}

	/** Which kind of case an action fits. */
	public enum Track {

		/** Every case. */
		ANY,
		/** Demands for disclosure. */
		DISCLOSURE,
		/** Preservation requests. */
		PRESERVATION;

		/** Whether an action of this track fits a case on {@code caseTrack}. */
		public boolean fits(Track caseTrack) {
			return this == ANY || this == caseTrack;
		}

	}

}
