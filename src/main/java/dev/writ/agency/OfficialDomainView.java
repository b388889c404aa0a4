package dev.writ.agency;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A candidate official domain as the registry lists it.
 *
 * @param domainType as the registry writes it, e.g. {@code Federal - Executive},
 * {@code City}, {@code County - Election}
 * @param source the registry it came from: {@code dotgov}
 * @param lastImported the latest import that listed the domain
 */
public record OfficialDomainView(String domain, String organisation, @Nullable String suborganisation,
		String domainType, @Nullable String city, @Nullable String state, String source, Instant firstImported,
		Instant lastImported) {

	/** The organisation, with its suborganisation when there is one. */
	public String owner() {
		return (this.suborganisation == null) ? this.organisation : this.organisation + ", " + this.suborganisation;
	}

}
