package dev.writ.identity;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

import org.jmolecules.event.types.DomainEvent;

/**
 * A sign-in was refused. The attempted user name is the actor: it may not exist.
 *
 * @param reason bad_credentials, locked, disabled or another short code
 * @param method {@code password} or {@code passkey}
 */
public record SignInFailed(String username, String reason, String remoteAddress,
		String method) implements DomainEvent, DeniedAttempt {

	/** A refused password. */
	public SignInFailed(String username, String reason, String remoteAddress) {
		this(username, reason, remoteAddress, "password");
	}

	@Override
	public String actor() {
		return this.username;
	}

	@Override
	public AuditAction action() {
		return AuditAction.SIGN_IN_FAILED;
	}

	@Override
	public String subject() {
		return "user:" + this.username;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("reason", this.reason, "remote_address", this.remoteAddress, "method", this.method);
	}

}
