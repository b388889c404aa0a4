package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user signed in with a recovery code; it cannot be used again.
 */
public record RecoveryCodeUsed(String username, String remoteAddress,
		String remaining) implements DomainEvent, Auditable {

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.RECOVERY_CODE_USED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("remote_address", this.remoteAddress, "remaining", this.remaining);
	}

}
