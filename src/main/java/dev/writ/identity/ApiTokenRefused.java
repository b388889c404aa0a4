package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * An API request came with a bearer token that is refused. Recorded as
 * {@code ACCESS_DENIED}, like every other refusal.
 *
 * @param actor the token owner's user name when the token is known, else
 * {@code anonymous}
 * @param target what was asked for, e.g. {@code POST /api/v1/demands}
 * @param reason malformed, unknown, revoked, expired, user_disabled or user_locked
 */
public record ApiTokenRefused(String actor, String target, String reason,
		String remoteAddress) implements DomainEvent, DeniedAttempt {

	@Override
	public AuditAction action() {
		return AuditAction.ACCESS_DENIED;
	}

	@Override
	public String subject() {
		return "request:" + this.target;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("reason", this.reason, "remote_address", this.remoteAddress, "credential", "api_token");
	}

}
