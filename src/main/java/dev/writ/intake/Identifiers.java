package dev.writ.intake;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import dev.writ.shared.legal.IdentifierSyntax;
import dev.writ.shared.legal.IdentifierType;

/**
 * What kind of identifier a bare value most likely is, for forms that take one account
 * per line. Whether it is well-formed is {@link IdentifierSyntax}'s question, shared by
 * every channel, so a form and the API accept exactly the same identifiers.
 */
public final class Identifiers {

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9(][0-9 ().-]{5,}");

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
		if (IdentifierSyntax.isIpAddressOrRange(trimmed)) {
			return IdentifierType.IP;
		}
		if (PHONE.matcher(trimmed).matches()) {
			return IdentifierType.PHONE;
		}
		return IdentifierType.USERNAME;
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
