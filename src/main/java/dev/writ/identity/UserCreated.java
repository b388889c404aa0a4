package dev.writ.identity;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user account was created.
 */
public record UserCreated(UUID userId, String username, Role role, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.USER_CREATED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("role", this.role.name(), "user_id", this.userId.toString());
	}

}
