package dev.writ.registration;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An invitation to register.
 *
 * @param agencyName the inviting officer's agency
 */
public record InvitationView(String email, String agencyName, String invitedBy, Instant createdAt, Instant expiresAt,
		@Nullable Instant usedAt) {

	public String state(Instant now) {
		if (this.usedAt != null) {
			return "registered";
		}
		return now.isBefore(this.expiresAt) ? "open" : "expired";
	}

}
