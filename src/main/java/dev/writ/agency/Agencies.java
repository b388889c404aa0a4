package dev.writ.agency;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The agency registry's public face.
 */
public interface Agencies {

	/**
	 * Registers a vetted agency.
	 * @param actor who registered it, for the audit trail
	 * @throws IllegalArgumentException naming the field that is wrong
	 */
	AgencyView register(NewAgency agency, String actor);

	Optional<AgencyView> find(UUID id);

	/** The agency that owns a verified domain, if any. */
	Optional<AgencyView> byDomain(String domain);

	List<AgencyView> all();

}
