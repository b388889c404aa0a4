package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * The requester submitted a corrected version; it was assessed again.
 */
public record DemandResubmitted(UUID demandId, String reference, UUID agencyId, int revision,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DEMAND_RESUBMITTED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("revision", Integer.toString(this.revision));
	}

}
