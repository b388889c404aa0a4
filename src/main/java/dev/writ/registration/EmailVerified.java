package dev.writ.registration;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A registrant confirmed their address; the registration waits for vetting.
 */
public record EmailVerified(UUID registrationId, String email) implements DomainEvent, Auditable {

	/** The registrant, who holds the mailbox. */
	@Override
	public String actor() {
		return this.email;
	}

	@Override
	public AuditAction action() {
		return AuditAction.EMAIL_VERIFIED;
	}

	@Override
	public String subject() {
		return "registration:" + this.registrationId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("email", this.email);
	}

}
