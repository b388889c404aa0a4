package dev.writ.registration;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * An officer's invitation was refused: the address is not at a verified domain of the
 * officer's agency.
 */
public record InvitationRefused(String email, String reason, String actor) implements DomainEvent, DeniedAttempt {

	@Override
	public AuditAction action() {
		return AuditAction.INVITATION_REFUSED;
	}

	@Override
	public String subject() {
		return "invitation:" + this.email;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("reason", this.reason);
	}

}
