package dev.writ.agency;

import java.time.ZoneId;
import java.util.List;

import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

import org.jspecify.annotations.Nullable;

/**
 * A command to register a vetted agency.
 *
 * @param switchboardSource where the switchboard number was found (never the requester's
 * own e-mail)
 */
public record NewAgency(String name, RequesterKind kind, String country, @Nullable String region, GovernmentLevel level,
		List<String> domains, @Nullable String switchboardPhone, @Nullable String switchboardSource, ZoneId timeZone,
		List<ProcessType> instrumentPowers) {

}
