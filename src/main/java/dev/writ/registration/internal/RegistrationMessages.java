package dev.writ.registration.internal;

import java.time.Clock;
import java.time.Instant;

import dev.writ.mail.Mailer;
import dev.writ.mail.OutgoingMail;
import dev.writ.shared.audit.Auditable;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What the registration services tell the world: audited events, mails with their links,
 * and the time.
 */
@Component
class RegistrationMessages {

	private final ApplicationEventPublisher events;

	private final Mailer mailer;

	private final PortalLinks links;

	private final Clock clock;

	RegistrationMessages(ApplicationEventPublisher events, Mailer mailer, PortalLinks links, Clock clock) {
		this.events = events;
		this.mailer = mailer;
		this.links = links;
		this.clock = clock;
	}

	void publish(Auditable event) {
		this.events.publishEvent(event);
	}

	void send(OutgoingMail mail) {
		this.mailer.send(mail, "system");
	}

	PortalLinks links() {
		return this.links;
	}

	Instant now() {
		return this.clock.instant();
	}

}
