package dev.writ.directory.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import dev.writ.shared.legal.IdentifierType;

/**
 * The form under which an identifier is matched: e-mail addresses, usernames and
 * gamertags without surrounding spaces and case, phone numbers as their digits (a leading
 * {@code +} kept), IP addresses exactly as written. The key carries the type, so a
 * gamertag never matches a username spelt the same way.
 */
final class IdentifierKey {

	private IdentifierKey() {
	}

	/**
	 * The key of an identifier of the given type, or empty when it cannot name an account
	 * of that type (a query, criteria, a phone number without digits, a blank value).
	 */
	static Optional<String> of(IdentifierType type, String identifier) {
		String value = switch (type) {
			case EMAIL, USERNAME, GAMERTAG -> identifier.trim().toLowerCase(Locale.ROOT);
			case PHONE -> phoneDigits(identifier.trim());
			case IP -> identifier;
			case QUERY, CRITERIA -> "";
		};
		return value.isBlank() ? Optional.empty() : Optional.of(type.code() + ":" + value);
	}

	/** The keys an identifier of unknown type may be stored under, one per type. */
	static List<String> forEveryType(String identifier) {
		return Arrays.stream(IdentifierType.values()).flatMap(type -> of(type, identifier).stream()).toList();
	}

	/**
	 * Whether identifiers of this type name one account (queries and criteria do not).
	 */
	static boolean namesOneAccount(IdentifierType type) {
		return type != IdentifierType.QUERY && type != IdentifierType.CRITERIA;
	}

	private static String phoneDigits(String phone) {
		StringBuilder digits = new StringBuilder();
		phone.chars().filter(c -> c >= '0' && c <= '9').forEach(digits::appendCodePoint);
		if (digits.isEmpty()) {
			return "";
		}
		return phone.startsWith("+") ? "+" + digits : digits.toString();
	}

}
