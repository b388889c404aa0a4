package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * A second-factor code was refused.
 */
public record SecondFactorFailed(String username, String remoteAddress,
		String reason) implements DomainEvent, DeniedAttempt {

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.SECOND_FACTOR_FAILED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("remote_address", this.remoteAddress, "reason", this.reason);
	}

}
