package dev.writ.agency.internal.vetting;

import java.util.Objects;
import java.util.stream.Stream;

import dev.writ.agency.AgencyView;
import dev.writ.agency.DomainVerdict;
import dev.writ.agency.OfficialDomainView;
import dev.writ.agency.VettedDomain;

import org.jspecify.annotations.Nullable;

/**
 * The verdicts with their messages, written for the person who typed the address: what
 * the verdict means for them and what they can do next.
 */
final class VerdictMessages {

	private static final String OFFICIAL_ADDRESS_ONLY = "Registration is possible only from an official e-mail "
			+ "address of your agency";

	private VerdictMessages() {
	}

	static VettedDomain knownAgency(DomainName name, AgencyView agency) {
		String message = agency.verified() ? name.ascii() + " is a verified domain of " + agency.name() + "."
				: name.ascii() + " belongs to " + agency.name() + ", whose access to the portal is suspended; "
						+ "registration is not possible until the provider restores it.";
		return new VettedDomain(DomainVerdict.KNOWN_AGENCY, name.ascii(), name.ascii(), agency.name(), agency, message);
	}

	static VettedDomain candidate(DomainName name, OfficialDomainView official) {
		return new VettedDomain(DomainVerdict.CANDIDATE_OFFICIAL, name.ascii(), name.ascii(), official.owner(), null,
				name.ascii() + " is an official .gov domain of " + official.owner() + where(official)
						+ ", but no agency using it is registered yet. The provider must vet your agency "
						+ "before its officers can register; ask your agency's legal or IT contact to apply.");
	}

	static VettedDomain freeMail(DomainName name, String provider) {
		return new VettedDomain(DomainVerdict.FREE_MAIL, name.ascii(), provider, null, null,
				OFFICIAL_ADDRESS_ONLY + "; " + provider + " is a free web-mail service.");
	}

	static VettedDomain lookalike(DomainName name, Resemblance resemblance, String owner, @Nullable AgencyView agency) {
		String official = resemblance.official();
		return new VettedDomain(DomainVerdict.LOOKALIKE, name.ascii(), official, owner, agency,
				"Registration is not possible from " + shown(name) + ": it imitates " + official
						+ ", the official domain of " + owner + " (" + how(resemblance) + "). If you work for " + owner
						+ ", register with your address at " + official + ".");
	}

	static VettedDomain underOfficial(DomainName name, String parent, String owner, @Nullable AgencyView agency) {
		return new VettedDomain(DomainVerdict.UNKNOWN, name.ascii(), parent, owner, agency,
				name.ascii() + " is not itself a verified domain, although it sits under " + parent + " (" + owner
						+ "). " + OFFICIAL_ADDRESS_ONLY + " at a verified domain: register with your address at "
						+ parent + ", or ask the provider to verify " + name.ascii() + ".");
	}

	static VettedDomain unknown(DomainName name) {
		return new VettedDomain(DomainVerdict.UNKNOWN, name.ascii(), null, null, null,
				name.ascii() + " is not the domain of an agency we know. " + OFFICIAL_ADDRESS_ONLY
						+ " once the provider has vetted your agency; if " + name.ascii()
						+ " is your agency's official domain, ask your agency's legal or IT contact to apply.");
	}

	private static String shown(DomainName name) {
		return name.isInternationalised() ? name.ascii() + " (shown as " + name.unicode() + ")" : name.ascii();
	}

	private static String how(Resemblance resemblance) {
		return switch (resemblance.kind()) {
			case LOOK_ALIKE_CHARACTERS ->
				"it is written with characters that look like those of " + resemblance.official();
			case EMBEDDED -> "it carries " + resemblance.official() + " inside a different domain";
			case EDIT_DISTANCE -> (resemblance.distance() == 1) ? "one character differs" : "two characters differ";
		};
	}

	private static String where(OfficialDomainView official) {
		if (official.city() == null && official.state() == null) {
			return "";
		}
		return " (" + String.join(", ", Stream.of(official.city(), official.state()).filter(Objects::nonNull).toList())
				+ ")";
	}

}
