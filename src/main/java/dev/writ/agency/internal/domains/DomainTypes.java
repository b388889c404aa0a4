package dev.writ.agency.internal.domains;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation types the .gov registry (cisagov/dotgov-data, get.gov) assigns to a
 * domain, as it writes them. Non-federal types also come as an election-office variant,
 * e.g. {@code County - Election}. A type outside this list makes a row bad: it means the
 * file is not what we think it is, or the registry changed its vocabulary (then add the
 * new type here).
 */
public final class DomainTypes {

	private static final List<String> FEDERAL = List.of("Federal", "Federal - Executive", "Federal - Judicial",
			"Federal - Legislative");

	private static final List<String> WITH_ELECTION_OFFICES = List.of("State or territory", "County", "City", "Tribal",
			"Special district", "School district", "Interstate", "Independent intrastate");

	private static final Map<String, String> KNOWN = known();

	private DomainTypes() {
	}

	/** The registry's spelling of a type, matched without regard to case or spacing. */
	public static Optional<String> canonical(String type) {
		return Optional.ofNullable(KNOWN.get(key(type)));
	}

	private static Map<String, String> known() {
		Map<String, String> known = new LinkedHashMap<>();
		FEDERAL.forEach(type -> known.put(key(type), type));
		for (String type : WITH_ELECTION_OFFICES) {
			known.put(key(type), type);
			known.put(key(type + " - Election"), type + " - Election");
		}
		return Map.copyOf(known);
	}

	private static String key(String type) {
		return type.strip().replaceAll("\\s+", " ").replace(" - ", "-").toLowerCase(Locale.ROOT);
	}

}
