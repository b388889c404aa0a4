package dev.writ.agency.internal.vetting;

import java.net.IDN;
import java.util.Comparator;
import java.util.regex.Pattern;

/**
 * An official domain as the look-alike index keeps it: its skeleton, the skeleton's
 * words, and how many edits away a name may be and still be taken for it.
 */
record OfficialName(int id, String domain, String folded, String[] words, boolean verified) {

	/** Short names sit close together: below this length one edit is the limit. */
	static final int LENGTH_FOR_TWO_EDITS = 7;

	/**
	 * Verified domains first, then the longer, then alphabetical: the most telling match.
	 */
	static final Comparator<OfficialName> MOST_TELLING = Comparator.comparing((OfficialName name) -> !name.verified())
		.thenComparing(name -> -name.domain().length())
		.thenComparing(OfficialName::domain);

	private static final Pattern SEPARATORS = Pattern.compile("[.-]");

	static OfficialName of(int id, String domain, boolean verified) {
		String folded = Homoglyphs.fold(unicode(domain));
		return new OfficialName(id, domain, folded, words(folded), verified);
	}

	private static String unicode(String domain) {
		try {
			return IDN.toUnicode(domain, IDN.ALLOW_UNASSIGNED);
		}
		catch (IllegalArgumentException ex) {
			// Stored names passed the database's own check; an odd one is compared as
			// written.
			return domain;
		}
	}

	static String[] words(String folded) {
		return SEPARATORS.split(folded);
	}

	int maxDistance() {
		return (this.domain.length() < LENGTH_FOR_TWO_EDITS) ? 1 : 2;
	}

}
