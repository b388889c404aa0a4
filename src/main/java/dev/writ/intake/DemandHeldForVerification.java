package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An emergency request is held until its sender is verified by a call-back to the
 * agency's published number.
 */
public record DemandHeldForVerification(UUID demandId, String reference, UUID agencyId, String reason,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DEMAND_HELD_FOR_VERIFICATION;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("reason", this.reason);
	}

}
