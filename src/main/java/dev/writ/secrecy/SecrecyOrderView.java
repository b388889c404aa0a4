package dev.writ.secrecy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A secrecy order as other modules see it.
 *
 * @param expiresOn the last day the order is in force; null when it names no end
 */
public record SecrecyOrderView(UUID id, UUID demandId, String statute, @Nullable String basis,
		@Nullable LocalDate expiresOn, boolean lifted, Instant recordedAt) {

}
