package dev.writ.shared.audit;

/**
 * Stable audit action codes. A code, once written to the trail, keeps its meaning
 * forever: add new codes, never rename or reuse one.
 */
public enum AuditAction {

	/** A user signed in. */
	SIGN_IN_SUCCEEDED,
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
	/** A secrecy order was recorded. */
	SECRECY_ORDER_RECORDED,
	/** The audit chain was verified. */
	AUDIT_CHAIN_VERIFIED,
	/** A registry file of candidate official domains (the .gov list) was imported. */
	OFFICIAL_DOMAINS_IMPORTED

}
