package dev.writ.identity;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user created a personal API token. The secret is never part of the event: only the
 * token's id, name, visible prefix and expiry.
 */
public record ApiTokenCreated(UUID tokenId, String actor, String name, String prefix,
		Instant expiresAt) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.API_TOKEN_CREATED;
	}

	@Override
	public String subject() {
		return "api_token:" + this.tokenId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("name", this.name, "prefix", this.prefix, "expires_at", this.expiresAt.toString());
	}

}
