package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An administrator approved a registration after a call-back that confirmed the
 * registrant; the officer's account was created.
 */
public record RegistrationApproved(UUID registrationId, String email, UUID userId, CallBack callBack,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.REGISTRATION_APPROVED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registrationId;
	}

	@Override
	public Map<String, String> details() {
		return CallBackDetails.of(this.callBack, Map.of("email", this.email, "user_id", this.userId.toString()));
	}

}
