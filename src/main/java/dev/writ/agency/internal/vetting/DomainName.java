package dev.writ.agency.internal.vetting;

import java.net.IDN;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import dev.writ.shared.validation.InvalidInput;

/**
 * The domain of an e-mail address, or a bare domain, in its two spellings.
 *
 * @param ascii lower case, internationalised labels in their {@code xn--} form: what DNS
 * and the registry use
 * @param unicode lower case, {@code xn--} labels decoded: what a reader sees, and what
 * look-alike checks compare
 */
public record DomainName(String ascii, String unicode) {

	private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

	private static final int MAX_LENGTH = 253;

	/**
	 * @param addressOrDomain {@code officer@fbi.gov}, {@code fbi.gov} or
	 * {@code FBI.GOV.}; Unicode or {@code xn--} labels
	 * @throws InvalidInput on field {@code address} when it holds no domain name
	 */
	public static DomainName of(String addressOrDomain) {
		String text = addressOrDomain.strip();
		String domain = text.substring(text.lastIndexOf('@') + 1).toLowerCase(Locale.ROOT);
		if (domain.endsWith(".")) {
			domain = domain.substring(0, domain.length() - 1);
		}
		String ascii = toAscii(domain, addressOrDomain);
		if (!isDomainName(ascii)) {
			throw notADomain(addressOrDomain);
		}
		return new DomainName(ascii, IDN.toUnicode(ascii, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT));
	}

	/** Whether this is {@code parent} or a name under it. */
	public boolean isAtOrUnder(String parent) {
		return this.ascii.equals(parent) || this.ascii.endsWith("." + parent);
	}

	/**
	 * The names this one sits under that still have two labels or more, nearest first.
	 */
	public List<String> parents() {
		List<String> parents = new ArrayList<>();
		String rest = this.ascii;
		for (int dot = rest.indexOf('.'); dot >= 0 && rest.indexOf('.', dot + 1) >= 0; dot = rest.indexOf('.')) {
			rest = rest.substring(dot + 1);
			parents.add(rest);
		}
		return parents;
	}

	/** Whether the name is written with other than plain ASCII letters, e.g. Cyrillic. */
	public boolean isInternationalised() {
		return !this.ascii.equals(this.unicode);
	}

	private static String toAscii(String domain, String original) {
		try {
			return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
		}
		catch (IllegalArgumentException ex) {
			throw notADomain(original);
		}
	}

	private static boolean isDomainName(String ascii) {
		String[] labels = ascii.split("\\.", -1);
		if (ascii.length() > MAX_LENGTH || labels.length < 2 || labels[labels.length - 1].matches("[0-9]+")) {
			return false;
		}
		for (String label : labels) {
			if (!LABEL.matcher(label).matches()) {
				return false;
			}
		}
		return true;
	}

	private static InvalidInput notADomain(String original) {
		return new InvalidInput("address", "'" + original.strip() + "' is not an e-mail address or domain name");
	}

}
