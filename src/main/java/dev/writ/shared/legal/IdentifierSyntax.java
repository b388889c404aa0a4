package dev.writ.shared.legal;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Whether an identifier is written the way its type needs: an e-mail address has one
 * {@code @} and a domain, a phone number has digits and no letters, an IP address (or
 * CIDR range) parses. It does not say whether the account exists: the account directory
 * does.
 */
public final class IdentifierSyntax {

	/** The longest e-mail address SMTP carries (RFC 5321). */
	static final int MAX_EMAIL = 254;

	static final int MAX_NAME = 100;

	static final int MAX_TEXT = 1000;

	private static final Pattern EMAIL = Pattern.compile(
			"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\\.)+[A-Za-z]{2,63}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]*");

	private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");

	private IdentifierSyntax() {
	}

	/** What is wrong with the identifier, or empty when it is well-formed. */
	public static Optional<String> problem(IdentifierType type, String identifier) {
		if (identifier.isBlank()) {
			return Optional.of("must not be blank");
		}
		return Optional.ofNullable(switch (type) {
			case EMAIL -> email(identifier);
			case PHONE -> phone(identifier);
			case IP -> isIpAddressOrRange(identifier) ? null : "'" + identifier
					+ "' is not an IP address or CIDR range (e.g. 198.51.100.23, 2001:db8::1, " + "203.0.113.0/24)";
			case GAMERTAG, USERNAME -> text(identifier, MAX_NAME);
			case QUERY, CRITERIA -> text(identifier, MAX_TEXT);
		});
	}

	/** An IPv4 or IPv6 address, optionally with a prefix length. */
	public static boolean isIpAddressOrRange(String text) {
		int slash = text.indexOf('/');
		String address = (slash < 0) ? text : text.substring(0, slash);
		boolean v4 = isIpv4(address);
		if (!v4 && !isIpv6(address)) {
			return false;
		}
		return slash < 0 || prefix(text.substring(slash + 1), v4 ? 32 : 128);
	}

	private static String email(String identifier) {
		if (identifier.length() > MAX_EMAIL || !EMAIL.matcher(identifier).matches()) {
			return "'" + identifier + "' is not an e-mail address (name@domain.example)";
		}
		return null;
	}

	private static String phone(String identifier) {
		long digits = identifier.chars().filter(Character::isDigit).count();
		if (!PHONE.matcher(identifier).matches() || digits < 4 || digits > 15) {
			return "'" + identifier + "' is not a phone number: 4 to 15 digits, optionally with a leading +, "
					+ "spaces, dots, hyphens and parentheses";
		}
		return null;
	}

	private static String text(String identifier, int max) {
		if (identifier.length() > max) {
			return "at most " + max + " characters";
		}
		if (identifier.codePoints().anyMatch(Character::isISOControl)) {
			return "must not contain control characters";
		}
		return null;
	}

	private static boolean prefix(String text, int max) {
		if (text.isEmpty() || text.length() > 3 || !text.chars().allMatch(c -> c >= '0' && c <= '9')) {
			return false;
		}
		return Integer.parseInt(text) <= max;
	}

	static boolean isIpv4(String text) {
		String[] parts = text.split("\\.", -1);
		if (parts.length != 4) {
			return false;
		}
		for (String part : parts) {
			if (part.isEmpty() || part.length() > 3 || !part.chars().allMatch(c -> c >= '0' && c <= '9')
					|| (part.length() > 1 && part.charAt(0) == '0') || Integer.parseInt(part) > 255) {
				return false;
			}
		}
		return true;
	}

	static boolean isIpv6(String text) {
		String address = text;
		int lastColon = address.lastIndexOf(':');
		if (lastColon < 0) {
			return false;
		}
		if (address.indexOf('.') >= 0) {
			// An embedded IPv4 address counts as the last two groups.
			if (!isIpv4(address.substring(lastColon + 1))) {
				return false;
			}
			address = address.substring(0, lastColon + 1) + "0:0";
		}
		int gap = address.indexOf("::");
		if (gap < 0) {
			return groups(address) == 8;
		}
		if (gap != address.lastIndexOf("::")) {
			return false;
		}
		int left = (gap == 0) ? 0 : groups(address.substring(0, gap));
		int right = (gap + 2 == address.length()) ? 0 : groups(address.substring(gap + 2));
		return left >= 0 && right >= 0 && left + right <= 7;
	}

	/** How many hex groups the colon-separated text has; -1 when one is malformed. */
	private static int groups(String text) {
		String[] groups = text.split(":", -1);
		for (String group : groups) {
			if (!HEX_GROUP.matcher(group).matches()) {
				return -1;
			}
		}
		return groups.length;
	}

}
