package dev.writ.agency.internal;

/**
 * Whether an agency may use the portal.
 */
enum AgencyStatus {

	/** Vetted by the provider: its officers may register and submit. */
	VERIFIED,
	/** Access withdrawn, e.g. after a compromised mailbox was reported. */
	SUSPENDED

}
