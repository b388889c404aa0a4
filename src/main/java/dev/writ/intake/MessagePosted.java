package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A message about a demand was posted; its text stays with the demand, not in the trail.
 */
public record MessagePosted(UUID demandId, String reference, UUID agencyId, UUID messageId, boolean fromStaff,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.MESSAGE_POSTED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("message_id", this.messageId.toString(), "from", this.fromStaff ? "provider" : "requester");
	}

}
