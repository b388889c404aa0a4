package dev.writ.directory.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import dev.writ.directory.HoldStatus;
import dev.writ.directory.LegalHold;
import dev.writ.directory.NewHold;
import dev.writ.shared.legal.IdentifierType;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A legal hold on one account for one demand (aggregate root). Changes return a new
 * instance with the same identity and version, so a concurrent change fails on the
 * version instead of overwriting.
 */
@Table("directory_legal_hold")
class Hold {

	@Id
	private final UUID id;

	private final String identifier;

	private final IdentifierType identifierType;

	private final String identifierKey;

	private final String demandReference;

	private final LocalDate placedOn;

	private final LocalDate heldUntil;

	/** PLACED, EXTENDED or RELEASED; EXPIRED is derived from the date. */
	private final HoldStatus status;

	private final String placedBy;

	private final Instant placedAt;

	private final String extendedBy;

	private final Instant extendedAt;

	private final String releasedBy;

	private final Instant releasedAt;

	private final String releaseReason;

	@Version
	private Integer version;

	Hold(UUID id, String identifier, IdentifierType identifierType, String identifierKey, String demandReference,
			LocalDate placedOn, LocalDate heldUntil, HoldStatus status, String placedBy, Instant placedAt,
			String extendedBy, Instant extendedAt, String releasedBy, Instant releasedAt, String releaseReason,
			Integer version) {
		this.id = id;
		this.identifier = identifier;
		this.identifierType = identifierType;
		this.identifierKey = identifierKey;
		this.demandReference = demandReference;
		this.placedOn = placedOn;
		this.heldUntil = heldUntil;
		this.status = status;
		this.placedBy = placedBy;
		this.placedAt = placedAt;
		this.extendedBy = extendedBy;
		this.extendedAt = extendedAt;
		this.releasedBy = releasedBy;
		this.releasedAt = releasedAt;
		this.releaseReason = releaseReason;
		this.version = version;
	}

	static Hold place(NewHold hold, String key, Instant now, LocalDate today) {
		return new Hold(UUID.randomUUID(), hold.identifier().trim(), hold.identifierType(), key,
				hold.demandReference().trim(), today, hold.until(), HoldStatus.PLACED, hold.actor(), now, null, null,
				null, null, null, null);
	}

	Hold extendTo(LocalDate until, String actor, Instant now) {
		return new Hold(this.id, this.identifier, this.identifierType, this.identifierKey, this.demandReference,
				this.placedOn, until, HoldStatus.EXTENDED, this.placedBy, this.placedAt, actor, now, null, null, null,
				this.version);
	}

	Hold release(String reason, String actor, Instant now) {
		return new Hold(this.id, this.identifier, this.identifierType, this.identifierKey, this.demandReference,
				this.placedOn, this.heldUntil, HoldStatus.RELEASED, this.placedBy, this.placedAt, this.extendedBy,
				this.extendedAt, actor, now, reason, this.version);
	}

	/** Where the hold stands on a day: in force until its end date, then expired. */
	HoldStatus statusOn(LocalDate day) {
		return (this.status.inForce() && day.isAfter(this.heldUntil)) ? HoldStatus.EXPIRED : this.status;
	}

	LegalHold view(LocalDate today) {
		return new LegalHold(this.id, this.identifier, this.identifierType, this.demandReference, this.placedOn,
				this.heldUntil, statusOn(today), this.placedBy, this.releaseReason);
	}

	UUID id() {
		return this.id;
	}

	String identifier() {
		return this.identifier;
	}

	String demandReference() {
		return this.demandReference;
	}

	LocalDate heldUntil() {
		return this.heldUntil;
	}

}
