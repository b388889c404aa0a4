package dev.writ.directory;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;
import dev.writ.shared.legal.IdentifierType;

import org.jmolecules.event.types.DomainEvent;

/**
 * A legal hold was placed on an account for a demand.
 */
public record HoldPlaced(UUID holdId, String identifier, IdentifierType identifierType, String demandReference,
		LocalDate until, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.LEGAL_HOLD_PLACED;
	}

	@Override
	public String subject() {
		return "demand:" + this.demandReference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("hold_id", this.holdId.toString(), "identifier", this.identifier, "identifier_type",
				this.identifierType.code(), "until", this.until.toString());
	}

}
