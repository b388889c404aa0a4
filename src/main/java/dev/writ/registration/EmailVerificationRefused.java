package dev.writ.registration;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * A verification link was refused: unknown, used before or expired.
 */
public record EmailVerificationRefused(String outcome, String registration,
		String remoteAddress) implements DomainEvent, DeniedAttempt {

	@Override
	public String actor() {
		return "anonymous";
	}

	@Override
	public AuditAction action() {
		return AuditAction.EMAIL_VERIFICATION_REFUSED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registration;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("outcome", this.outcome, "remote_address", this.remoteAddress);
	}

}
