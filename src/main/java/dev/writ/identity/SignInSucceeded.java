package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A user signed in.
 *
 * @param method how: {@code password} (password, then the second factor) or
 * {@code passkey}
 */
public record SignInSucceeded(String username, String remoteAddress, String method) implements DomainEvent, Auditable {

	/** Signed in with the password and the second factor. */
	public SignInSucceeded(String username, String remoteAddress) {
		this(username, remoteAddress, "password");
	}

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.SIGN_IN_SUCCEEDED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("remote_address", this.remoteAddress, "method", this.method);
	}

}
