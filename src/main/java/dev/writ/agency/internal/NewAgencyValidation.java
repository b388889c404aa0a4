package dev.writ.agency.internal;

import static dev.writ.shared.validation.InvalidInput.require;

import java.util.regex.Pattern;

import dev.writ.agency.NewAgency;

/**
 * Checks a registration before anything is written, naming the field that is wrong.
 */
final class NewAgencyValidation {

	private static final Pattern COUNTRY = Pattern.compile("[A-Za-z]{2}");

	private static final Pattern DOMAIN = Pattern.compile("[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

	private NewAgencyValidation() {
	}

	static void check(NewAgency agency) {
		require(!agency.name().isBlank(), "name", "must not be blank");
		require(COUNTRY.matcher(agency.country()).matches(), "country",
				"must be an ISO 3166-1 alpha-2 code, got '" + agency.country() + "'");
		require(!agency.domains().isEmpty(), "domains", "at least one verified domain is required");
		agency.domains()
			.forEach(domain -> require(DOMAIN.matcher(domain.trim()).matches(), "domains",
					"'" + domain + "' is not a domain name"));
	}

}
