package dev.writ.agency.internal.vetting;

/**
 * How a domain imitates an official one.
 *
 * @param official the official domain imitated
 * @param distance edits between the two skeletons (0 unless {@link Kind#EDIT_DISTANCE})
 */
public record Resemblance(String official, Kind kind, int distance) {

	/**
	 * The ways of imitating a name.
	 */
	public enum Kind {

		/** Reads the same once look-alike characters are folded: {@code fbі.gov}. */
		LOOK_ALIKE_CHARACTERS,
		/** Carries the official name inside it: {@code fbi.gov.secure-portal.com}. */
		EMBEDDED,
		/** One or two characters away: {@code fbl.gov}. */
		EDIT_DISTANCE

	}

}
