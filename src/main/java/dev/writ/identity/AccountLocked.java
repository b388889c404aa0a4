package dev.writ.identity;

import java.time.Instant;
import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An account was locked after repeated failed sign-ins.
 */
public record AccountLocked(String username, int failedSignIns, Instant lockedUntil) implements DomainEvent, Auditable {

	@Override
	public String actor() {
		return "system";
	}

	@Override
	public AuditAction action() {
		return AuditAction.ACCOUNT_LOCKED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("failed_sign_ins", Integer.toString(this.failedSignIns), "locked_until",
				this.lockedUntil.toString());
	}

}
