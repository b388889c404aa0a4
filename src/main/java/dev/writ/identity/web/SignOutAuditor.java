package dev.writ.identity.web;

import dev.writ.identity.SignedOut;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-outs in the audit trail.
 */
@Component
class SignOutAuditor {

	private final ApplicationEventPublisher events;

	SignOutAuditor(ApplicationEventPublisher events) {
		this.events = events;
	}

	@EventListener
	void on(LogoutSuccessEvent logout) {
		String address = (logout.getAuthentication().getDetails() instanceof WebAuthenticationDetails web
				&& web.getRemoteAddress() != null) ? web.getRemoteAddress() : "unknown";
		this.events.publishEvent(new SignedOut(logout.getAuthentication().getName(), address));
	}

}
