package dev.writ.reporting;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 3166-1 countries by alpha-2 code or English short name, from the JDK's own list,
 * with the names registers commonly use for a few of them.
 */
public final class Countries {

	private static final Set<String> CODES = Set.of(Locale.getISOCountries());

	private static final Map<String, String> BY_NAME = byName();

	private Countries() {
	}

	/** The alpha-2 code of a code or English name, case and surrounding space ignored. */
	public static Optional<String> code(String codeOrName) {
		String trimmed = codeOrName.trim();
		String upper = trimmed.toUpperCase(Locale.ROOT);
		if (trimmed.length() == 2 && CODES.contains(upper)) {
			return Optional.of(upper);
		}
		return Optional.ofNullable(BY_NAME.get(normalised(trimmed)));
	}

	/** The English short name of an alpha-2 code. */
	public static String name(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

	private static Map<String, String> byName() {
		Map<String, String> names = new HashMap<>();
		for (String code : Locale.getISOCountries()) {
			names.put(normalised(name(code)), code);
		}
		Map.of("united states of america", "US", "usa", "US", "uk", "GB", "great britain", "GB", "britain", "GB",
				"south korea", "KR", "korea", "KR", "russia", "RU", "czech republic", "CZ", "turkey", "TR")
			.forEach(names::putIfAbsent);
		Map.of("the netherlands", "NL", "vietnam", "VN", "taiwan", "TW", "macedonia", "MK", "ivory coast", "CI")
			.forEach(names::putIfAbsent);
		return Map.copyOf(names);
	}

	private static String normalised(String name) {
		return name.toLowerCase(Locale.ROOT)
			.replace('&', ' ')
			.replaceAll("[^a-z0-9 ]", "")
			.replaceAll("\\s+", " ")
			.trim();
	}

}
