package dev.writ.demo;

import dev.writ.registration.NewRegistration;
import dev.writ.registration.OfficerRegistrations;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One registration waiting for approval, so an administrator sees the vetting page in
 * use: a Seattle police detective registers and confirms the address the way anyone
 * would, through the mail in the outbox.
 */
@Component
@Profile("demo")
@ConditionalOnBooleanProperty(name = "writ.command-line", havingValue = false, matchIfMissing = true)
class DemoRegistration {

	static final String EMAIL = "t.nguyen@seattle.gov";

	private final OfficerRegistrations registrations;

	private final JdbcClient jdbc;

	DemoRegistration(OfficerRegistrations registrations, JdbcClient jdbc) {
		this.registrations = registrations;
		this.jdbc = jdbc;
	}

	@EventListener(ApplicationReadyEvent.class)
	@Order(1)
	void seed() {
		boolean registered = this.jdbc.sql("select count(*) from officer_registration where email = ?")
			.param(EMAIL)
			.query(Long.class)
			.single() > 0;
		if (registered) {
			return;
		}
		this.registrations.register(new NewRegistration("Detective Tam Nguyen", EMAIL, "Detective, Cyber Crimes Unit",
				"+1 206 555 0142", DemoLogin.PASSWORD, DemoLogin.PASSWORD, null), "127.0.0.1");
		String body = this.jdbc.sql("select body from mail_outbox where recipient = ? and kind = 'email_verification'")
			.param(EMAIL)
			.query(String.class)
			.single();
		this.registrations.verify(body.replaceAll("(?s).*\\?token=(\\S+).*", "$1"), "127.0.0.1");
	}

}
