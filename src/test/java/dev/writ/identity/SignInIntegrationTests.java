package dev.writ.identity;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.demo.DemoSecrets;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.MutableClock;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WritIntegrationTest
class SignInIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	UserAccounts users;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void the_demo_officer_gives_password_then_code_and_is_sent_home_and_both_steps_are_audited() throws Exception {
		// given: an officer no browser test signs in as, so no other test spends this
		// code
		var audit = AuditAssertions.mark(this.trail);
		// when: the password is only the first step
		MockHttpSession session = (MockHttpSession) this.mvc
			.perform(formLogin("/sign-in").user(DemoLogin.STATE_OFFICER.username()).password(DemoLogin.PASSWORD))
			.andExpect(redirectedUrl("/second-factor"))
			.andReturn()
			.getRequest()
			.getSession();
		this.mvc.perform(get("/officer/demands").session(session)).andExpect(redirectedUrl("/second-factor"));
		// then: the code completes sign-in
		this.mvc
			.perform(post("/second-factor").session(session)
				.with(csrf())
				.param("code", DemoSecrets.currentCode(DemoLogin.STATE_OFFICER.username(), this.clock)))
			.andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withRoles("OFFICER"));
		audit.expect(AuditAction.PASSWORD_VERIFIED).actor(DemoLogin.STATE_OFFICER.username()).assertRecorded();
		audit.expect(AuditAction.SIGN_IN_SUCCEEDED)
			.actor(DemoLogin.STATE_OFFICER.username())
			.subject("user:" + DemoLogin.STATE_OFFICER.username())
			.detail("remote_address", "127.0.0.1")
			.assertRecorded();
	}

	@Test
	void a_wrong_password_is_refused_with_a_generic_message_and_audited_as_a_failure() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(formLogin("/sign-in").user(DemoLogin.ANALYST.username()).password("not-the-password"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?error"));
		audit.expect(AuditAction.SIGN_IN_FAILED)
			.actor(DemoLogin.ANALYST.username())
			.detail("reason", "bad_credentials")
			.assertRecorded();
	}

	@Test
	void an_unknown_user_gets_the_same_answer_as_a_wrong_password_and_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(formLogin("/sign-in").user("nobody@nowhere.example").password("whatever-it-is"))
			.andExpect(redirectedUrl("/sign-in?error"));
		audit.expect(AuditAction.SIGN_IN_FAILED).actor("nobody@nowhere.example").assertRecorded();
	}

	@Test
	void five_failures_in_a_row_lock_the_account_until_the_lock_runs_out() throws Exception {
		// given
		String username = newAnalyst();
		var audit = AuditAssertions.mark(this.trail);
		// when
		for (int i = 0; i < 5; i++) {
			this.mvc.perform(formLogin("/sign-in").user(username).password("wrong-password-" + i));
		}
		// then: even the right password is refused while locked
		this.mvc.perform(formLogin("/sign-in").user(username).password("correct horse battery"))
			.andExpect(unauthenticated())
			.andExpect(redirectedUrl("/sign-in?locked"));
		audit.expect(AuditAction.ACCOUNT_LOCKED).subject("user:" + username).assertRecorded();
		audit.expect(AuditAction.SIGN_IN_FAILED).actor(username).detail("reason", "locked").assertRecorded();
		// and after the lock runs out, the right password works again
		this.clock.shiftBy(Duration.ofMinutes(16));
		this.mvc.perform(formLogin("/sign-in").user(username).password("correct horse battery"))
			.andExpect(redirectedUrl("/second-factor/enrol"));
	}

	@Test
	void a_sign_in_without_the_csrf_token_is_refused() throws Exception {
		this.mvc
			.perform(post("/sign-in").param("username", DemoLogin.ANALYST.username())
				.param("password", DemoLogin.PASSWORD))
			.andExpect(status().isForbidden());
	}

	@Test
	void passwords_are_stored_only_as_hashes() {
		// when
		String stored = this.jdbc.sql("select password_hash from user_account where username = ?")
			.param(DemoLogin.ANALYST.username())
			.query(String.class)
			.single();
		// then
		assertThat(stored).startsWith("{bcrypt}").doesNotContain(DemoLogin.PASSWORD);
	}

	@Test
	void the_session_cookie_is_secure_http_only_and_same_site() throws Exception {
		// when
		HttpResponse<String> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/sign-in")).build(),
					HttpResponse.BodyHandlers.ofString());
		// then
		assertThat(page.headers().allValues("Set-Cookie"))
			.anySatisfy(cookie -> assertThat(cookie).startsWith("WRIT_SESSION=")
				.contains("Secure", "HttpOnly", "SameSite=Lax"));
		assertThat(page.headers().firstValue("Content-Security-Policy"))
			.hasValueSatisfying(csp -> assertThat(csp).contains("default-src 'self'", "frame-ancestors 'none'"));
		assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
	}

	private String newAnalyst() {
		String username = "lock-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(new NewUser(username, "Lock Test", "correct horse battery", Role.ANALYST, null), "test");
		return username;
	}

}
