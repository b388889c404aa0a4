package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator rejected a registration.
 */
public record RegistrationRejected(UUID registrationId, String email, String reason,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.REGISTRATION_REJECTED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registrationId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("email", this.email, "reason", this.reason);
	}

}
