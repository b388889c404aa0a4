package dev.writ.identity.internal;

import java.util.Locale;

import dev.writ.identity.SignInFailed;
import dev.writ.identity.PasswordVerified;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Turns Spring Security's sign-in outcomes into audited events, then lets the counter
 * keep the lock-out tally. The failure is recorded first, so the trail reads "failed,
 * failed, ..., locked".
 */
@Component
class SignInAuditor {

	private final SignInCounter counter;

	private final ApplicationEventPublisher events;

	SignInAuditor(SignInCounter counter, ApplicationEventPublisher events) {
		this.counter = counter;
		this.events = events;
	}

	@EventListener
	void on(AuthenticationSuccessEvent success) {
		String username = success.getAuthentication().getName();
		this.events.publishEvent(new PasswordVerified(username, remoteAddress(success.getAuthentication())));
	}

	@EventListener
	void on(AbstractAuthenticationFailureEvent failure) {
		Authentication attempt = failure.getAuthentication();
		String username = String.valueOf(attempt.getName()).trim().toLowerCase(Locale.ROOT);
		String reason = SignInFailureReason.of(failure.getException());
		this.events.publishEvent(new SignInFailed(username, reason, remoteAddress(attempt)));
		if (SignInFailureReason.BAD_CREDENTIALS.equals(reason)) {
			countFailure(username, 3);
		}
	}

	/**
	 * Two failures for one account at once collide on its version; the loser counts
	 * again.
	 */
	private void countFailure(String username, int attempts) {
		try {
			this.counter.failed(username);
		}
		catch (OptimisticLockingFailureException ex) {
			if (attempts > 1) {
				countFailure(username, attempts - 1);
			}
		}
	}

	private static String remoteAddress(Authentication authentication) {
		if (authentication.getDetails() instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null) {
			return web.getRemoteAddress();
		}
		return "unknown";
	}

}
