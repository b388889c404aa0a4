package dev.writ.intake;

import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.RequesterKind;

import org.jspecify.annotations.Nullable;

/**
 * Who asked, as the agency registry knew them at receipt (scenario {@code requester}).
 *
 * @param agency the agency's name
 * @param verifiedAgency whether the agency and officer were verified
 * @param officialEmailDomain whether the sender used one of the agency's verified domains
 * @param instrumentPowers comma-separated process-type codes the agency may issue; null
 * when not recorded
 */
public record Requester(RequesterKind kind, String agency, String country, @Nullable String stateOrRegion,
		GovernmentLevel level, boolean verifiedAgency, boolean officialEmailDomain, @Nullable String instrumentPowers) {

}
