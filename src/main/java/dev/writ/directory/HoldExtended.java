package dev.writ.directory;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A legal hold was extended to a later end date.
 */
public record HoldExtended(UUID holdId, String identifier, String demandReference, LocalDate previousUntil,
		LocalDate until, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.LEGAL_HOLD_EXTENDED;
	}

	@Override
	public String subject() {
		return "demand:" + this.demandReference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("hold_id", this.holdId.toString(), "identifier", this.identifier, "previous_until",
				this.previousUntil.toString(), "until", this.until.toString());
	}

}
