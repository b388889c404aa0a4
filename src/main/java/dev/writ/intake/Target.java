package dev.writ.intake;

import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.IdentifierType;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An account a demand names (scenario {@code targets[]}).
 *
 * @param account what the account directory knew at receipt; null until it was asked
 */
@Table("demand_target")
public record Target(String identifier, IdentifierType identifierType,
		@Embedded.Nullable(prefix = "account_") @Nullable AccountFacts account) {

	/**
	 * The account directory's answer about one identifier.
	 *
	 * @param enterpriseSeats seats of the enterprise customer; null for consumers
	 * @param dataLocation ISO country where the account's data are stored
	 * @param usPerson whether the owner is a US person (citizen, permanent resident or US
	 * entity)
	 */
	public record AccountFacts(boolean exists, @Nullable AccountType type, @Nullable Integer enterpriseSeats,
			@Nullable String customerName, @Nullable String dataLocation, @Nullable String ownerResidenceCountry,
			@Nullable Boolean usPerson) {

	}

}
