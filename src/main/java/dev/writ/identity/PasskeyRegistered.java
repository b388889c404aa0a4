package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A fully signed-in user registered a passkey, which can from now on sign them in on its
 * own.
 *
 * @param credential the start of the credential id (base64url), enough to tell passkeys
 * apart
 */
public record PasskeyRegistered(String username, String label, String credential) implements DomainEvent, Auditable {

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.PASSKEY_REGISTERED;
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
