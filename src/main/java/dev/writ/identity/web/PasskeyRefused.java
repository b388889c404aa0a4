package dev.writ.identity.web;

import java.io.Serial;

import org.springframework.security.core.AuthenticationException;

/**
 * A passkey sign-in that failed, with whose passkey it was (when known) and why, for the
 * audit trail and the message on the sign-in page.
 */
final class PasskeyRefused extends AuthenticationException {

	@Serial
	private static final long serialVersionUID = 1L;

	static final String BAD_CREDENTIALS = "bad_credentials";

	private final String username;

	private final String reason;

	PasskeyRefused(String username, String reason, Throwable cause) {
		super("passkey refused: " + reason, cause);
		this.username = username;
		this.reason = reason;
	}

	String username() {
		return this.username;
	}

	/** bad_credentials, locked or disabled. */
	String reason() {
		return this.reason;
	}

}
