package dev.writ.shared.audit;

/**
 * Stable audit action codes. A code, once written to the trail, keeps its meaning
 * forever: add new codes, never rename or reuse one.
 */
public enum AuditAction {

	/** A user completed sign-in: password and second factor. */
	SIGN_IN_SUCCEEDED,
	/** A user's password was accepted; the second factor is still to come. */
	PASSWORD_VERIFIED,
	/** A second-factor code was refused (wrong, replayed, or the account is locked). */
	SECOND_FACTOR_FAILED,
	/** A user enrolled an authenticator app. */
	SECOND_FACTOR_ENROLLED,
	/** A user registered a passkey (WebAuthn), which signs them in on its own. */
	PASSKEY_REGISTERED,
	/** A user removed one of their passkeys. */
	PASSKEY_REMOVED,
	/** A user signed in with a one-time recovery code instead of the authenticator. */
	RECOVERY_CODE_USED,
	/** A sign-in was refused (bad credentials, locked or disabled account). */
	SIGN_IN_FAILED,
	/** An account was locked after repeated failed sign-ins. */
	ACCOUNT_LOCKED,
	/** A user signed out. */
	SIGNED_OUT,
	/** A request was refused for lack of permission. */
	ACCESS_DENIED,
	/** A user account was created. */
	USER_CREATED,
	/** An agency was registered. */
	AGENCY_REGISTERED,
	/** A demand was received. */
	DEMAND_RECEIVED,
	/** A deficiency notice told the requester what to correct. */
	DEFICIENCY_NOTICE_SENT,
	/**
	 * Review's decision was recorded on the demand and the requester told (rejection,
	 * acceptance, redirect, objection, MLAT, a request for more information).
	 */
	DECISION_NOTICE_SENT,
	/** A historical register of demands was imported for the transparency report. */
	REGISTER_IMPORTED,
	/** The requester submitted a corrected version of a demand. */
	DEMAND_RESUBMITTED,
	/** An emergency request was held until its sender is verified by call-back. */
	DEMAND_HELD_FOR_VERIFICATION,
	/** The requester withdrew a demand. */
	DEMAND_WITHDRAWN,
	/** A message about a demand was posted. */
	MESSAGE_POSTED,
	/** Someone opened a document of a demand. */
	DOCUMENT_VIEWED,
	/** A secrecy order was recorded. */
	SECRECY_ORDER_RECORDED,
	/** The audit chain was verified. */
	AUDIT_CHAIN_VERIFIED,
	/** A legal hold (preservation) was placed on an account for a demand. */
	LEGAL_HOLD_PLACED,
	/** A legal hold was extended to a later date. */
	LEGAL_HOLD_EXTENDED,
	/** A legal hold was released before its end date. */
	LEGAL_HOLD_RELEASED,
	/** An uploaded document was accepted and stored encrypted. */
	DOCUMENT_STORED,
	/**
	 * An e-mail was queued for sending (its text is kept in the outbox, never case
	 * content).
	 */
	MAIL_QUEUED,
	/** A registry file of candidate official domains (the .gov list) was imported. */
	OFFICIAL_DOMAINS_IMPORTED,
	/** An officer registered and was sent an e-mail verification link. */
	REGISTRATION_SUBMITTED,
	/**
	 * A registration was refused (domain verdict, invalid field or an address that is
	 * taken).
	 */
	REGISTRATION_REFUSED,
	/** A registrant confirmed their e-mail address; the registration awaits vetting. */
	EMAIL_VERIFIED,
	/** An e-mail verification link was refused (unknown, used or expired). */
	EMAIL_VERIFICATION_REFUSED,
	/** An administrator approved a registration after a call-back to the agency. */
	REGISTRATION_APPROVED,
	/** An administrator rejected a registration. */
	REGISTRATION_REJECTED,
	/**
	 * An approval was refused (no confirmed call-back, or the registration is not
	 * pending).
	 */
	REGISTRATION_APPROVAL_REFUSED,
	/** An officer invited a colleague of the same agency to register. */
	COLLEAGUE_INVITED,
	/** An invitation was refused (an address outside the officer's agency). */
	INVITATION_REFUSED,
	/** A user created a personal API token (its secret is never recorded). */
	API_TOKEN_CREATED,
	/** A user revoked one of their personal API tokens. */
	API_TOKEN_REVOKED,
	/** A review case was opened for a demand. */
	CASE_OPENED,
	/** A review case moved to another state of its lifecycle (actor, role, reason). */
	CASE_TRANSITIONED,
	/** A review case was assigned or reassigned to a reviewer. */
	CASE_ASSIGNED,
	/**
	 * An action on a review case was refused (illegal in its state, four-eyes, counsel
	 * override, or changed by someone else).
	 */
	CASE_ACTION_REFUSED

}
