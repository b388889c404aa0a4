package dev.writ.registration.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.util.Locale;
import java.util.regex.Pattern;

import dev.writ.agency.AgencyView;
import dev.writ.agency.DomainVerdict;
import dev.writ.agency.DomainVetting;
import dev.writ.agency.VettedDomain;
import dev.writ.registration.NewRegistration;
import dev.writ.shared.validation.InvalidInput;

/**
 * The checks of a registration's fields, each refusal naming the field and saying what to
 * do. The agency follows from the address: only a verified domain of a vetted agency
 * passes.
 */
final class RegistrationChecks {

	static final int MAX_TEXT = 200;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]{2,}");

	private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,30}");

	private RegistrationChecks() {
	}

	static String normalisedEmail(String email) {
		return email.trim().toLowerCase(Locale.ROOT);
	}

	/** The fields other than the e-mail address and the password's strength. */
	static void checkFields(NewRegistration registration) {
		text("name", registration.name(), "your full name as your agency knows it");
		text("jobTitle", registration.jobTitle(), "your job title, e.g. Special Agent or Detective");
		String phone = registration.deskPhone().trim();
		require(!phone.isEmpty(), "deskPhone", "Enter your desk phone number.");
		require(PHONE.matcher(phone).matches() && phone.chars().filter(Character::isDigit).count() >= 6, "deskPhone",
				"Enter a phone number of digits, spaces and + ( ) - . only, e.g. +1 206 555 0100.");
		require(!registration.password().isEmpty(), "password", "Choose a password.");
		require(registration.password().equals(registration.confirmPassword()), "confirmPassword",
				"The two passwords differ: enter the same password twice.");
	}

	static void checkEmailFormat(String email) {
		require(!email.isEmpty(), "email", "Enter your work e-mail address.");
		require(email.length() <= 254 && EMAIL.matcher(email).matches(), "email",
				"Enter your work e-mail address in the form name@agency.gov.");
	}

	/**
	 * The agency owning the address's domain.
	 * @throws InvalidInput on {@code email} with the vetting's message when the domain is
	 * not a verified domain of a vetted agency
	 */
	static AgencyView agencyOf(VettedDomain vetted, String providerName) {
		if (vetted.verdict() == DomainVerdict.CANDIDATE_OFFICIAL) {
			throw new InvalidInput("email",
					"Your agency is not yet registered with " + providerName + ": " + vetted.message()
							+ " Ask your agency's legal or IT contact to contact " + providerName
							+ "'s law-enforcement response team.");
		}
		AgencyView agency = vetted.agency();
		boolean usable = vetted.verdict() == DomainVerdict.KNOWN_AGENCY && agency != null && agency.verified();
		require(usable, "email", vetted.message());
		return agency;
	}

	/** Vets an address, reporting a malformed domain on {@code email}. */
	static VettedDomain vet(DomainVetting vetting, String email) {
		try {
			return vetting.vet(email);
		}
		catch (InvalidInput ex) {
			throw new InvalidInput("email", "Enter your work e-mail address in the form name@agency.gov.");
		}
	}

	private static void text(String field, String value, String what) {
		require(!value.isBlank(), field, "Enter " + what + ".");
		require(value.trim().length() <= MAX_TEXT, field, "Keep it to " + MAX_TEXT + " characters.");
	}

}
