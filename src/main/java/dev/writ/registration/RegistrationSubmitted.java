package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An officer registered; a verification link went to the address.
 */
public record RegistrationSubmitted(UUID registrationId, String email, UUID agencyId, String domainVerdict,
		String invitedBy, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.REGISTRATION_SUBMITTED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registrationId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("email", this.email, "agency_id", this.agencyId.toString(), "domain_verdict", this.domainVerdict,
				"invited_by", this.invitedBy);
	}

}
