package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * A signed-in user, or an anonymous visitor, asked for something they may not have.
 *
 * @param actor the user name, or {@code anonymous}
 * @param target what was asked for, e.g. {@code GET /admin}
 */
public record AccessDenied(String actor, String target, String remoteAddress) implements DomainEvent, DeniedAttempt {

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
		return Map.of("remote_address", this.remoteAddress);
	}

}
