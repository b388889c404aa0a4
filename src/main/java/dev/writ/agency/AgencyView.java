package dev.writ.agency;

import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of an agency.
 *
 * @param switchboardSource where the switchboard number was found, independently of
 * anything a requester sent (for the call-back check)
 * @param instrumentPowers process types its enabling law lets it issue; empty when not
 * recorded
 */
public record AgencyView(UUID id, String name, RequesterKind kind, String country, @Nullable String region,
		GovernmentLevel level, List<String> domains, @Nullable String switchboardPhone,
		@Nullable String switchboardSource, ZoneId timeZone, List<ProcessType> instrumentPowers, boolean verified) {

	/** Whether an e-mail address belongs to one of the agency's verified domains. */
	public boolean ownsAddress(String email) {
		String domain = email.substring(email.lastIndexOf('@') + 1).toLowerCase(java.util.Locale.ROOT);
		return this.domains.contains(domain);
	}

}
