package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user enrolled an authenticator app and received recovery codes.
 */
public record SecondFactorEnrolled(String username, String remoteAddress) implements DomainEvent, Auditable {

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.SECOND_FACTOR_ENROLLED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("remote_address", this.remoteAddress);
	}

}
