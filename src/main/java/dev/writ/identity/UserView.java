package dev.writ.identity;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What other modules may know of a user.
 */
public record UserView(UUID id, String username, String displayName, Role role, @Nullable UUID agencyId, String status,
		@Nullable Instant lockedUntil, @Nullable Instant lastSignInAt, Instant createdAt) {

}
