package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user removed one of their passkeys; it no longer signs anyone in.
 *
 * @param credential the start of the credential id (base64url)
 */
public record PasskeyRemoved(String username, String label, String credential) implements DomainEvent, Auditable {

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.PASSKEY_REMOVED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("label", this.label, "credential", this.credential);
	}

}
