package dev.writ.rules;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.IdentifierType;

/**
 * Targets to name in a demand: each factory gives an existing consumer account unless its
 * name says otherwise. <pre>
 * DemandFactsFixture.aSearchWarrant().withTargets(TargetFixture.enterprise("cfo@fabrikam.example", 51))
 * </pre>
 */
public final class TargetFixture {

	/** A US consumer, data in the US: the default target of US process. */
	public static final Target CONSUMER = new Target("k.morrow@contosomail.example", IdentifierType.EMAIL,
			AccountType.CONSUMER, null, "US", "US", true, true);

	/** A resident of Germany whose data are in Ireland: the default target of an EPO. */
	public static final Target BERLIN_RESIDENT = new Target("spree.capital@contosomail.example", IdentifierType.EMAIL,
			AccountType.CONSUMER, null, "IE", "DE", true, false);

	/** A UK resident whose data are in the UK: the default target of a UK order. */
	public static final Target LONDON_RESIDENT = new Target("thames.ledger@contosomail.example", IdentifierType.EMAIL,
			AccountType.CONSUMER, null, "GB", "GB", true, false);

	private TargetFixture() {
	}

	/** A target to vary: consumer, in the US, existing. */
	public static Target consumer(String email) {
		return new Target(email, IdentifierType.EMAIL, AccountType.CONSUMER, null, "US", "US", true, true);
	}

	public static Target enterprise(String email, Integer seats) {
		return new Target(email, IdentifierType.EMAIL, AccountType.ENTERPRISE, seats, "US", "US", true, true);
	}

	public static Target missing(String email) {
		return new Target(email, IdentifierType.EMAIL, AccountType.CONSUMER, null, "US", "US", false, true);
	}

	/** A consumer who is a US person exactly when residing in the US. */
	public static Target abroad(String email, String dataLocation, String residence) {
		return new Target(email, IdentifierType.EMAIL, AccountType.CONSUMER, null, dataLocation, residence, true,
				"US".equals(residence));
	}

	/** A US citizen living abroad: a US person outside the United States. */
	public static Target usCitizenAbroad(String email, String residence) {
		return new Target(email, IdentifierType.EMAIL, AccountType.CONSUMER, null, residence, residence, true, true);
	}

	public static Target named(String identifier, IdentifierType type) {
		return new Target(identifier, type, AccountType.CONSUMER, null, "US", "US", true, true);
	}

}
