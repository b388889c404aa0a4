package dev.writ.identity.internal;

import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;

/**
 * Short, stable codes for why a sign-in failed, as written to the audit trail.
 */
final class SignInFailureReason {

	static final String BAD_CREDENTIALS = "bad_credentials";

	private SignInFailureReason() {
	}

	static String of(AuthenticationException exception) {
		return switch (exception) {
			case BadCredentialsException ignored -> BAD_CREDENTIALS;
			case LockedException ignored -> "locked";
			case DisabledException ignored -> "disabled";
			default -> "other:" + exception.getClass().getSimpleName();
		};
	}

}
