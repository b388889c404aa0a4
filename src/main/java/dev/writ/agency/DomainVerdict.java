package dev.writ.agency;

/**
 * What domain vetting concluded about a domain.
 */
public enum DomainVerdict {

	/** A verified domain of a registered agency. */
	KNOWN_AGENCY,
	/**
	 * Listed by an official registry (the .gov list) but no registered agency owns it
	 * yet: the agency must be vetted first.
	 */
	CANDIDATE_OFFICIAL,
	/** A free web-mail service: never an agency's official address. */
	FREE_MAIL,
	/**
	 * Imitates a verified or candidate official domain: one or two characters away,
	 * look-alike characters, or an official name embedded in another domain.
	 */
	LOOKALIKE,
	/** None of the above. */
	UNKNOWN

}
