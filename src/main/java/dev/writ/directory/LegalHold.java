package dev.writ.directory;

import java.time.LocalDate;
import java.util.UUID;

import dev.writ.shared.legal.IdentifierType;

import org.jspecify.annotations.Nullable;

/**
 * A legal hold as staff see it. Holds are never shown to customers (see
 * {@link AccountDirectory}).
 *
 * @param identifier the account identifier the hold names
 * @param demandReference the demand it serves
 * @param placedOn the day it was placed, in the provider's legal time zone
 * @param until the last day the data must be preserved
 * @param status where it stands today
 * @param placedBy who placed it
 * @param releaseReason why it was released; null unless released
 */
public record LegalHold(UUID id, String identifier, IdentifierType identifierType, String demandReference,
		LocalDate placedOn, LocalDate until, HoldStatus status, String placedBy, @Nullable String releaseReason) {

}
