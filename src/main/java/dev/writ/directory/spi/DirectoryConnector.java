package dev.writ.directory.spi;

import dev.writ.directory.AccountFacts;
import dev.writ.directory.LegalHold;
import dev.writ.shared.legal.IdentifierType;

/**
 * Connects Writ to the provider's own systems: it answers account lookups and carries out
 * legal holds there. A provider implements it as a Spring bean and sets
 * {@code writ.directory.connector} ({@code WRIT_DIRECTORY_CONNECTOR}) to anything but
 * {@code demo}; Writ then uses that bean and refuses to start without exactly one.
 * <p>
 * Writ validates every request before it reaches the connector, records each hold change
 * in its own table and audits it. The hold methods are called inside that transaction,
 * after Writ has recorded the change: an exception from the connector rolls Writ's record
 * back, so Writ never claims a hold the provider's systems did not take. Calls may be
 * repeated for the same hold (a retry after a failure); implementations treat
 * {@link LegalHold#id()} as the idempotency key.
 */
public interface DirectoryConnector {

	/**
	 * What the provider's systems know about the account an identifier names, or
	 * {@link AccountFacts#notFound()}. Only identifiers that name one account are asked
	 * (e-mail, phone, gamertag, IP address, username), never queries or criteria; the
	 * identifier arrives as the demand wrote it, so the connector applies its systems'
	 * matching rules (case, spacing, phone formatting).
	 */
	AccountFacts lookup(String identifier, IdentifierType type);

	/** Starts preserving the account's data until {@link LegalHold#until()}. */
	void placeHold(LegalHold hold);

	/** Keeps preserving the account's data until the hold's new, later end date. */
	void extendHold(LegalHold hold);

	/**
	 * Stops preserving the account's data for this hold (other holds may still apply).
	 */
	void releaseHold(LegalHold hold);

}
