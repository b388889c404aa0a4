package dev.writ.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.writ.shared.legal.IdentifierType;

/**
 * What a well-formed account identifier looks like, and what kind of identifier a bare
 * value most likely is. Every channel checks targets here, so a form and the API accept
 * exactly the same identifiers.
 */
public final class Identifiers {

	/** Longest identifier accepted; criteria and queries included. */
	public static final int MAX_LENGTH = 500;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ().-]{5,24}");

	private static final Pattern IPV4 = Pattern.compile(
			"((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(/(3[0-2]|[12]?\\d))?");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:]*(/(12[0-8]|1[01]\\d|[1-9]?\\d))?");

	private static final Pattern HANDLE = Pattern.compile("[\\p{L}\\p{N}._-]{1,64}");

	private static final Pattern GAMERTAG = Pattern.compile("[\\p{L}\\p{N} ._#-]{1,32}");

	private Identifiers() {
	}

	/**
	 * The kind a bare value most likely is: an e-mail address, an IP address or range, a
	 * phone number, otherwise a user name.
	 */
	public static IdentifierType detect(String value) {
		String trimmed = value.strip();
		if (trimmed.contains("@")) {
			return IdentifierType.EMAIL;
		}
		if (IPV4.matcher(trimmed).matches() || (trimmed.contains(":") && IPV6.matcher(trimmed).matches())) {
			return IdentifierType.IP;
		}
		if (PHONE.matcher(trimmed).matches()) {
			return IdentifierType.PHONE;
		}
		return IdentifierType.USERNAME;
	}

	/**
	 * What is wrong with an identifier of a kind, in words an officer can act on; empty
	 * when it is well-formed.
	 */
	public static Optional<String> problem(IdentifierType type, String value) {
		String trimmed = value.strip();
		if (trimmed.isEmpty()) {
			return Optional.of("must not be blank");
		}
		if (trimmed.length() > MAX_LENGTH) {
			return Optional.of("at most " + MAX_LENGTH + " characters");
		}
		boolean wellFormed = switch (type) {
			case EMAIL -> EMAIL.matcher(trimmed).matches();
			case PHONE -> PHONE.matcher(trimmed).matches() && digits(trimmed) >= 7 && digits(trimmed) <= 15;
			case IP -> IPV4.matcher(trimmed).matches() || validIpv6(trimmed);
			case USERNAME -> HANDLE.matcher(trimmed).matches();
			case GAMERTAG -> GAMERTAG.matcher(trimmed).matches();
			case QUERY, CRITERIA -> true;
		};
		return wellFormed ? Optional.empty() : Optional.of("'" + shorten(trimmed) + "' is not " + expected(type));
	}

	private static String expected(IdentifierType type) {
		return switch (type) {
			case EMAIL -> "an e-mail address (name@domain)";
			case PHONE -> "a phone number (7 to 15 digits, optionally with + and spaces)";
			case IP -> "an IPv4 or IPv6 address, or a range in CIDR form";
			case USERNAME -> "a user name (letters, digits, dot, dash, underscore; no spaces)";
			case GAMERTAG -> "a gamertag (at most 32 letters, digits, spaces or ._#-)";
			case QUERY, CRITERIA -> "accepted";
		};
	}

	private static boolean validIpv6(String value) {
		String address = value.contains("/") ? value.substring(0, value.indexOf('/')) : value;
		if (!IPV6.matcher(value).matches() || address.indexOf("::") != address.lastIndexOf("::")) {
			return false;
		}
		String[] groups = address.split(":", -1);
		int filled = 0;
		for (String group : groups) {
			if (group.length() > 4) {
				return false;
			}
			filled += group.isEmpty() ? 0 : 1;
		}
		return address.contains("::") ? filled <= 7 : (groups.length == 8 && filled == 8);
	}

	private static long digits(String value) {
		return value.chars().filter(Character::isDigit).count();
	}

	private static String shorten(String value) {
		return (value.length() <= 60) ? value : value.substring(0, 57) + "...";
	}

	/** The kind named by a code such as {@code username}, ignoring case. */
	public static Optional<IdentifierType> kind(String code) {
		for (IdentifierType type : IdentifierType.values()) {
			if (type.code().equals(code.strip().toLowerCase(Locale.ROOT))) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

}
