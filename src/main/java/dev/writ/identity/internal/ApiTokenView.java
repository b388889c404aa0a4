package dev.writ.identity.internal;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A personal API token as its owner sees it in the list: never the secret.
 *
 * @param prefix the first characters of the secret, to tell tokens apart
 */
public record ApiTokenView(UUID id, String name, String prefix, Instant createdAt, Instant expiresAt,
		@Nullable Instant lastUsedAt, @Nullable Instant revokedAt) {

	/** Whether the token is accepted at the given time. */
	public boolean activeAt(Instant now) {
		return this.revokedAt == null && now.isBefore(this.expiresAt);
	}

}
