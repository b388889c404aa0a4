package dev.writ.rules.policies;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * Compares addressee lines leniently: case, punctuation and "Inc." versus "Incorporated"
 * do not matter, and a name may sit inside a longer line ("Custodian of Records, Contoso
 * Cloud, Inc.").
 */
final class Addressee {

	private Addressee() {
	}

	static boolean names(@Nullable String addressee, List<String> names) {
		String line = " " + normalise(addressee) + " ";
		return names.stream()
			.map(Addressee::normalise)
			.filter(name -> !name.isEmpty())
			.anyMatch(name -> line.contains(" " + name + " "));
	}

	/**
	 * The addressee line with a name taken out, so "Contoso Cloud Ireland Limited" does
	 * not also read as "Contoso Cloud".
	 */
	static String without(@Nullable String addressee, String name) {
		return (" " + normalise(addressee) + " ").replace(" " + normalise(name) + " ", " ").trim();
	}

	static boolean isBlank(@Nullable String addressee) {
		return normalise(addressee).isEmpty();
	}

	static String normalise(@Nullable String text) {
		if (text == null) {
			return "";
		}
		String words = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
		return (" " + words + " ").replace(" incorporated ", " inc ")
			.replace(" limited ", " ltd ")
			.replace(" corporation ", " corp ")
			.trim();
	}

}
