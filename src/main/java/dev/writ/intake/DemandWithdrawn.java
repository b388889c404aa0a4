package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * The requester withdrew the demand.
 */
public record DemandWithdrawn(UUID demandId, String reference, UUID agencyId,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DEMAND_WITHDRAWN;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of();
	}

}
