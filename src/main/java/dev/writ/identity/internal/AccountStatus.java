package dev.writ.identity.internal;

/**
 * Whether an account may sign in at all (lock-out is separate and temporary).
 */
enum AccountStatus {

	/** May sign in. */
	ACTIVE,
	/** Registered, waiting for e-mail verification or vetting. */
	PENDING,
	/** Switched off by an administrator. */
	DISABLED

}
