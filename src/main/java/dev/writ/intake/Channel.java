package dev.writ.intake;

/**
 * How a demand reached Writ.
 */
public enum Channel {

	/** The agency portal's forms. */
	PORTAL,
	/** The JSON API, with a personal token. */
	API,
	/** Loaded by the provider (demo data, imports). */
	SEEDED

}
