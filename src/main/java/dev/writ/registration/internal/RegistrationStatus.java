package dev.writ.registration.internal;

/**
 * Where a registration stands.
 */
enum RegistrationStatus {

	/** Submitted; the address is not confirmed yet. */
	UNVERIFIED,
	/** The address is confirmed; waiting for vetting. */
	VERIFIED,
	/** Vetted after a call-back; the account exists. */
	APPROVED,
	/** Vetted and refused. */
	REJECTED,
	/** Its link expired and a later registration of the same address replaced it. */
	SUPERSEDED

}
