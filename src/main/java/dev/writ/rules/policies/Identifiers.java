package dev.writ.rules.policies;

import java.util.regex.Pattern;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.shared.legal.IdentifierType;

/**
 * What makes an identifier name exactly one account, and what makes it malformed.
 */
final class Identifiers {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

	/**
	 * A domain of two or three labels ("fabrikam.example", "mail.fabrikam.example");
	 * longer dotted strings are more likely a mistyped address.
	 */
	private static final Pattern BARE_DOMAIN = Pattern.compile("[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+){1,2}");

	private static final Pattern IPV4 = Pattern
		.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f]{0,4}(:[0-9A-Fa-f]{0,4}){2,7}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ().-]{7,20}");

	private Identifiers() {
	}

	/** Why the target names no single account (a dragnet), or null when it names one. */
	static String overbreadth(Target target) {
		String id = target.identifier().trim();
		if (target.identifierType() == IdentifierType.QUERY || target.identifierType() == IdentifierType.CRITERIA) {
			return "\"" + id + "\" is a search or selection criterion, not an account";
		}
		if (id.contains("*") || id.contains("%")) {
			return "\"" + id + "\" contains a wildcard";
		}
		if (target.identifierType() == IdentifierType.IP && (id.contains("/") || id.matches(".+\\d\\s*-\\s*\\d.+"))) {
			return "\"" + id + "\" is a range of addresses";
		}
		boolean domainOnly = id.startsWith("@") || (!id.contains("@") && BARE_DOMAIN.matcher(id).matches());
		if (target.identifierType() == IdentifierType.EMAIL && domainOnly) {
			return "\"" + id + "\" is a whole domain";
		}
		return null;
	}

	/** Why the identifier is malformed for its type, or null when it is well formed. */
	static String malformation(Target target) {
		String id = target.identifier().trim();
		boolean wellFormed = switch (target.identifierType()) {
			case EMAIL -> EMAIL.matcher(id).matches();
			case PHONE -> PHONE.matcher(id).matches() && id.chars().filter(Character::isDigit).count() >= 7;
			case IP -> IPV4.matcher(id).matches() || (id.contains(":") && IPV6.matcher(id).matches());
			default -> !id.isEmpty();
		};
		return wellFormed ? null : "\"" + id + "\" is not a valid " + target.identifierType().code();
	}

}
