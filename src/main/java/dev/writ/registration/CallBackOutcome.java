package dev.writ.registration;

/**
 * What the person reached at the agency's switchboard said about the registrant.
 */
public enum CallBackOutcome {

	/** The agency confirmed that the registrant works there in the stated role. */
	CONFIRMED,
	/** The agency did not confirm the registrant (unknown, or could not be reached). */
	NOT_CONFIRMED

}
