package dev.writ.registration.internal;

import java.time.Instant;
import java.util.UUID;

import dev.writ.registration.InvitationView;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer's invitation to a colleague of the same agency (aggregate root). Its link
 * works for one registration, until it expires.
 */
@Table("officer_invitation")
class Invitation {

	@Id
	private final UUID id;

	private final String tokenHash;

	private final String email;

	private final UUID agencyId;

	private final UUID invitedBy;

	private final String invitedByName;

	private final Instant createdAt;

	private final Instant expiresAt;

	private Instant usedAt;

	@Version
	private Integer version;

	Invitation(UUID id, String tokenHash, String email, UUID agencyId, UUID invitedBy, String invitedByName,
			Instant createdAt, Instant expiresAt) {
		this.id = id;
		this.tokenHash = tokenHash;
		this.email = email;
		this.agencyId = agencyId;
		this.invitedBy = invitedBy;
		this.invitedByName = invitedByName;
		this.createdAt = createdAt;
		this.expiresAt = expiresAt;
	}

	boolean isOpenAt(Instant now) {
		return this.usedAt == null && now.isBefore(this.expiresAt);
	}

	void used(Instant now) {
		this.usedAt = now;
	}

	UUID id() {
		return this.id;
	}

	String email() {
		return this.email;
	}

	UUID agencyId() {
		return this.agencyId;
	}

	String invitedByName() {
		return this.invitedByName;
	}

	InvitationView view(String agencyName) {
		return new InvitationView(this.email, agencyName, this.invitedByName, this.createdAt, this.expiresAt,
				this.usedAt);
	}

}
