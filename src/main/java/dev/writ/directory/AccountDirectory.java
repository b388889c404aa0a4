package dev.writ.directory;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import dev.writ.shared.legal.IdentifierType;

/**
 * The account directory's public face: what the provider knows about the accounts a
 * demand names, and the legal holds that preserve them.
 * <p>
 * Lookups go to the configured {@link dev.writ.directory.spi.DirectoryConnector} and are
 * not audited one by one: the demand they serve is. Every hold change is recorded in
 * Writ, passed to the connector, and audited.
 * <p>
 * <strong>Legal holds are invisible to customers.</strong> Nothing customer-facing reads
 * them: no customer notice, page or API mentions a hold, so preserving an account never
 * tips off its owner. Only staff working a demand see them.
 */
public interface AccountDirectory {

	/**
	 * What the provider knows about the account an identifier names. With the demo
	 * connector e-mail addresses, usernames and gamertags match whatever their case and
	 * surrounding spaces, phone numbers by their digits (and a leading {@code +}), IP
	 * addresses exactly; a provider's connector applies its own systems' rules. A search
	 * query or selection criteria ({@link IdentifierType#QUERY},
	 * {@link IdentifierType#CRITERIA}) names no account, so the answer is
	 * {@link AccountFacts#notFound()}.
	 * @throws dev.writ.shared.validation.InvalidInput when the identifier is blank
	 */
	AccountFacts lookup(String identifier, IdentifierType type);

	/**
	 * Places a legal hold on an existing account, to preserve its data for a demand.
	 * @throws dev.writ.shared.validation.InvalidInput naming the field that is wrong (no
	 * such account, an end date not after today, a hold already in force for the same
	 * account and demand, ...), before anything is written
	 */
	LegalHold placeHold(NewHold hold);

	/**
	 * Moves a hold in force to a later end date.
	 * @throws dev.writ.shared.validation.InvalidInput when there is no such hold, it was
	 * released or has expired, or the new date is not later than the current one
	 */
	LegalHold extendHold(UUID holdId, LocalDate until, String actor);

	/**
	 * Releases a hold in force before its end date.
	 * @param reason why the data need no longer be preserved (kept in the audit trail)
	 * @throws dev.writ.shared.validation.InvalidInput when there is no such hold, it was
	 * already released or has expired, or the reason is blank
	 */
	LegalHold releaseHold(UUID holdId, String reason, String actor);

	/**
	 * Every hold ever placed on an identifier (in force, released or expired), oldest
	 * first, whatever its type. Writ matches it as the demo connector does: e-mail
	 * addresses, usernames and gamertags ignoring case and surrounding spaces, phone
	 * numbers by their digits (and a leading {@code +}), IP addresses exactly.
	 * @throws dev.writ.shared.validation.InvalidInput when the identifier is blank
	 */
	List<LegalHold> holdsOn(String identifier);

}
