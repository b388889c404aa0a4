package dev.writ.registration;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * A registration was refused: the domain verdict, a field that is wrong, or an address
 * that already has an account or a registration (the registrant is answered as if it had
 * worked). Never carries the password.
 */
public record RegistrationRefused(String email, String field, String reason, String domainVerdict,
		String remoteAddress) implements DomainEvent, DeniedAttempt {

	@Override
	public String actor() {
		return "anonymous";
	}

	@Override
	public AuditAction action() {
		return AuditAction.REGISTRATION_REFUSED;
	}

	@Override
	public String subject() {
		return "registration:" + this.email;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("field", this.field, "reason", this.reason, "domain_verdict", this.domainVerdict,
				"remote_address", this.remoteAddress);
	}

}
