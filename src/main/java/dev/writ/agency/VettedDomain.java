package dev.writ.agency;

import org.jspecify.annotations.Nullable;

/**
 * The verdict on one domain, with a message the person who typed the address can act on.
 *
 * @param domain the domain vetted: lower case, internationalised names in their
 * {@code xn--} form
 * @param officialDomain the official domain the verdict is about: the domain itself when
 * known or a candidate, the imitated one for a look-alike, the provider's domain for free
 * mail, the official parent of a subdomain; otherwise null
 * @param organisation who owns {@code officialDomain}, when known
 * @param agency the registered agency owning the domain, or (for a look-alike) owning the
 * imitated domain; otherwise null
 * @param message what the verdict means for the person, in plain words
 */
public record VettedDomain(DomainVerdict verdict, String domain, @Nullable String officialDomain,
		@Nullable String organisation, @Nullable AgencyView agency, String message) {

	/**
	 * Whether the domain is an official one (verified, or a candidate awaiting vetting).
	 */
	public boolean isOfficial() {
		return this.verdict == DomainVerdict.KNOWN_AGENCY || this.verdict == DomainVerdict.CANDIDATE_OFFICIAL;
	}

}
