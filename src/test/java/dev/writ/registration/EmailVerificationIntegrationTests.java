package dev.writ.registration;

import java.time.Duration;

import dev.writ.audit.AuditTrail;
import dev.writ.registration.Verification.Outcome;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The verification link: it works once, for 24 hours; only its digest is stored; opening
 * it does not use it (a confirmation click does); every refusal is audited.
 */
@WritIntegrationTest
class EmailVerificationIntegrationTests {

	@Autowired
	OfficerRegistrations registrations;

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	@Test
	void the_link_from_the_mail_confirms_the_address_and_says_who_approves_next() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		String token = RegistrationMail.verificationToken(email);
		var audit = AuditAssertions.mark(this.trail);
		// when opening the link, nothing is used yet
		this.mvc.perform(get("/register/verify").param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Confirm my e-mail address")));
		// and confirming uses it
		this.mvc.perform(post("/register/verify").with(csrf()).param("token", token))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("waiting for approval by Contoso Cloud")));
		// then
		audit.expect(AuditAction.EMAIL_VERIFIED).actor(email).detail("email", email).assertRecorded();
		assertThat(this.jdbc.sql("select status from officer_registration where email = ?")
			.param(email)
			.query(String.class)
			.single()).isEqualTo("VERIFIED");
	}

	@Test
	void only_the_digest_of_the_token_is_stored() {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		String token = RegistrationMail.verificationToken(email);
		// when
		String stored = this.jdbc
			.sql("select token_hash || ' ' || password_hash from officer_registration where email = ?")
			.param(email)
			.query(String.class)
			.single();
		// then
		assertThat(stored).doesNotContain(token).doesNotContain(Registrants.PASSWORD).contains("{bcrypt}");
	}

	@Test
	void a_link_works_once() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		String token = RegistrationMail.verificationToken(email);
		this.registrations.verify(token, "127.0.0.1");
		var audit = AuditAssertions.mark(this.trail);
		// when
		Verification again = this.registrations.verify(token, "127.0.0.1");
		// then
		assertThat(again.outcome()).isEqualTo(Outcome.USED);
		audit.expect(AuditAction.EMAIL_VERIFICATION_REFUSED).detail("outcome", "USED").assertRecorded();
		this.mvc.perform(get("/register/verify").param("token", token))
			.andExpect(content().string(allOf(containsString("This link was already used"))));
	}

	@Test
	void a_link_expires_after_24_hours() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		String token = RegistrationMail.verificationToken(email);
		this.clock.shiftBy(Duration.ofHours(24).plusSeconds(1));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(post("/register/verify").with(csrf()).param("token", token))
			.andExpect(content().string(containsString("This link has expired")));
		audit.expect(AuditAction.EMAIL_VERIFICATION_REFUSED).detail("outcome", "EXPIRED").assertRecorded();
		audit.expect(AuditAction.EMAIL_VERIFIED).assertNotRecorded();
	}

	@Test
	void after_the_link_expired_registering_again_sends_a_new_link_that_works() {
		// given
		String email = Registrants.freshFbiAddress();
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		String first = RegistrationMail.verificationToken(email);
		this.clock.shiftBy(Duration.ofHours(25));
		// when
		this.registrations.register(Registrants.of(email), "127.0.0.1");
		// then
		String second = org.awaitility.Awaitility.await()
			.until(() -> RegistrationMail.subjectsTo(email)
				.stream()
				.filter("Confirm your e-mail address for Writ"::equals)
				.count() == 2 ? lastToken(email) : null, token -> token != null);
		assertThat(second).isNotEqualTo(first);
		assertThat(this.registrations.verify(first, "127.0.0.1").outcome()).isEqualTo(Outcome.UNKNOWN);
		assertThat(this.registrations.verify(second, "127.0.0.1").outcome()).isEqualTo(Outcome.VERIFIED);
	}

	@Test
	void an_unknown_link_is_refused_with_a_clear_page_and_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(get("/register/verify").param("token", "not-a-token"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("This link is not valid")));
		audit.expect(AuditAction.EMAIL_VERIFICATION_REFUSED)
			.subject("registration:unknown")
			.detail("outcome", "UNKNOWN")
			.assertRecorded();
	}

	private String lastToken(String email) {
		String body = this.jdbc
			.sql("select body from mail_outbox where recipient = ? and kind = 'email_verification' "
					+ "order by created_at desc limit 1")
			.param(email)
			.query(String.class)
			.single();
		return body.replaceAll("(?s).*\\?token=(\\S+).*", "$1");
	}

}
