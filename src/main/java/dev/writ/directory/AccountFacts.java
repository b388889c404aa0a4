package dev.writ.directory;

import dev.writ.shared.legal.AccountType;

import org.jspecify.annotations.Nullable;

/**
 * What the directory knows about the account an identifier names: the target facts of the
 * scenario format ({@code exists}, {@code account_type}, {@code enterprise_seats},
 * {@code data_location}, {@code owner_residence_country}, {@code is_us_person}) and the
 * enterprise customer's name. When the account does not exist every other fact is null.
 *
 * @param type consumer or enterprise account
 * @param enterpriseSeats seats of the enterprise customer; null for consumers, and for an
 * enterprise whose records carry no seat count
 * @param customerName the enterprise customer, e.g. "Fabrikam Manufacturing"; null for
 * consumers
 * @param dataLocation ISO 3166-1 country where the account's data are stored
 * @param ownerResidenceCountry ISO 3166-1 country where the owner lives (or the
 * enterprise has its seat)
 * @param usPerson whether the owner is a US person (citizen, permanent resident or US
 * entity)
 */
public record AccountFacts(boolean exists, @Nullable AccountType type, @Nullable Integer enterpriseSeats,
		@Nullable String customerName, @Nullable String dataLocation, @Nullable String ownerResidenceCountry,
		@Nullable Boolean usPerson) {

	/** No account matches the identifier. */
	public static AccountFacts notFound() {
		return new AccountFacts(false, null, null, null, null, null, null);
	}

	/** An existing consumer account. */
	public static AccountFacts consumer(String dataLocation, String ownerResidenceCountry, boolean usPerson) {
		return new AccountFacts(true, AccountType.CONSUMER, null, null, dataLocation, ownerResidenceCountry, usPerson);
	}

	/**
	 * An existing account of an enterprise customer.
	 * @param seats null when the customer's records carry no seat count
	 */
	public static AccountFacts enterprise(String customerName, @Nullable Integer seats, String dataLocation,
			String ownerResidenceCountry, boolean usPerson) {
		return new AccountFacts(true, AccountType.ENTERPRISE, seats, customerName, dataLocation, ownerResidenceCountry,
				usPerson);
	}

}
