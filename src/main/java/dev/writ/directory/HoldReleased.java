package dev.writ.directory;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A legal hold was released before its end date.
 */
public record HoldReleased(UUID holdId, String identifier, String demandReference, String reason,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.LEGAL_HOLD_RELEASED;
	}

	@Override
	public String subject() {
		return "demand:" + this.demandReference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("hold_id", this.holdId.toString(), "identifier", this.identifier, "reason", this.reason);
	}

}
