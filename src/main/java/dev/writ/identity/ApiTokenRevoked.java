package dev.writ.identity;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user revoked one of their personal API tokens; it is refused from now on.
 */
public record ApiTokenRevoked(UUID tokenId, String actor, String name,
		String prefix) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.API_TOKEN_REVOKED;
	}

	@Override
	public String subject() {
		return "api_token:" + this.tokenId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("name", this.name, "prefix", this.prefix);
	}

}
