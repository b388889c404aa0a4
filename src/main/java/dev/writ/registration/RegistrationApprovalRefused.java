package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * An approval was refused: the call-back did not confirm the registrant or did not go to
 * the agency's switchboard, a field was missing, or the registration is not pending.
 */
public record RegistrationApprovalRefused(UUID registrationId, String field, String reason, CallBack callBack,
		String actor) implements DomainEvent, DeniedAttempt {

	@Override
	public AuditAction action() {
		return AuditAction.REGISTRATION_APPROVAL_REFUSED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registrationId;
	}

	@Override
	public Map<String, String> details() {
		return CallBackDetails.of(this.callBack, Map.of("field", this.field, "reason", this.reason));
	}

}
