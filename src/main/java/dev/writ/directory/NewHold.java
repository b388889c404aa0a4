package dev.writ.directory;

import java.time.LocalDate;

import dev.writ.shared.legal.IdentifierType;

/**
 * A command to place a legal hold: preserve the account an identifier names, for a
 * demand, until a date. The hold is placed today (in the provider's legal time zone).
 *
 * @param identifier the account identifier as the demand names it
 * @param identifierType how it names the account; never a query or criteria
 * @param demandReference the demand the hold serves, e.g. {@code WR-2026-000042}
 * @param until the last day the data must be preserved
 * @param actor who placed it, for the audit trail
 */
public record NewHold(String identifier, IdentifierType identifierType, String demandReference, LocalDate until,
		String actor) {

}
