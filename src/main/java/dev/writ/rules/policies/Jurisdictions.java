package dev.writ.rules.policies;

import java.util.Locale;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * Facts about places that rules share.
 */
final class Jurisdictions {

	/** Member States of the European Union. */
	static final Set<String> EU = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "EL",
			"HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

	/**
	 * Foreign governments with a CLOUD Act executive agreement in force (18 U.S.C. 2523):
	 * the United Kingdom (3 Oct 2022) and Australia (31 Jan 2024). Re-verify at decision
	 * time (legal-rules.md SCA-09).
	 */
	static final Set<String> QUALIFYING_FOREIGN_GOVERNMENTS = Set.of("GB", "AU");

	private Jurisdictions() {
	}

	/**
	 * The ISO country of a jurisdiction: {@code US-federal} and {@code US-CA} are US,
	 * {@code GB-EAW} is GB.
	 */
	static @Nullable String country(@Nullable String jurisdiction) {
		if (jurisdiction == null || jurisdiction.length() < 2) {
			return null;
		}
		return jurisdiction.substring(0, 2).toUpperCase(Locale.ROOT);
	}

	/**
	 * The State of a US State jurisdiction ({@code US-CA} gives CA); null for federal and
	 * foreign ones.
	 */
	static @Nullable String usState(@Nullable String jurisdiction) {
		if (jurisdiction == null || !jurisdiction.toUpperCase(Locale.ROOT).startsWith("US-")) {
			return null;
		}
		String rest = jurisdiction.substring(3).toUpperCase(Locale.ROOT);
		return "FEDERAL".equals(rest) ? null : rest;
	}

	static boolean isFederal(@Nullable String jurisdiction) {
		return "US-FEDERAL".equalsIgnoreCase(jurisdiction);
	}

	static boolean isEu(@Nullable String country) {
		return country != null && EU.contains(country.toUpperCase(Locale.ROOT));
	}

}
