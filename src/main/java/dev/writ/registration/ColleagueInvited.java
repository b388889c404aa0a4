package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An officer invited a colleague of the same agency to register.
 */
public record ColleagueInvited(UUID invitationId, String email, UUID agencyId,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.COLLEAGUE_INVITED;
	}

	@Override
	public String subject() {
		return "invitation:" + this.invitationId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("email", this.email, "agency_id", this.agencyId.toString());
	}

}
