package dev.writ.identity;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WritIntegrationTest
class SecondFactorIntegrationTests {

	static final String PASSWORD = "correct horse battery";

	@Autowired
	MockMvc mvc;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Autowired
	MutableClock clock;

	@AfterEach
	void realTime() {
		this.clock.reset();
	}

	@Test
	void a_wrong_code_keeps_the_user_out_and_is_audited_as_a_refusal() throws Exception {
		// given
		MockHttpSession session = password(DemoLogin.ANALYST.username(), DemoLogin.PASSWORD);
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		code(session, "000000").andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("code-error")));
		this.mvc.perform(get("/staff/queue").session(session)).andExpect(redirectedUrl("/second-factor"));
		audit.expect(AuditAction.SECOND_FACTOR_FAILED)
			.actor(DemoLogin.ANALYST.username())
			.detail("reason", "wrong_code")
			.assertRecorded();
	}

	@Test
	void a_code_cannot_be_used_twice() throws Exception {
		// given: a user signs in with the current code
		String username = newUser(true);
		String code = DemoSecrets.codeAt(DemoSecrets.secretFor(username), this.clock);
		code(password(username, PASSWORD), code).andExpect(redirectedUrl("/home"));
		// when: the same code again, in a new sign-in
		var audit = AuditAssertions.mark(this.trail);
		code(password(username, PASSWORD), code).andExpect(status().isOk());
		// then
		audit.expect(AuditAction.SECOND_FACTOR_FAILED)
			.actor(username)
			.detail("reason", "replayed_code")
			.assertRecorded();
	}

	@Test
	void five_wrong_codes_lock_the_account_even_though_the_password_was_right_each_time() throws Exception {
		// given
		String username = newUser(true);
		var audit = AuditAssertions.mark(this.trail);
		// when
		for (int i = 0; i < 5; i++) {
			code(password(username, PASSWORD), "00000" + i);
		}
		// then: the password alone no longer gets in
		this.mvc.perform(formLogin("/sign-in").user(username).password(PASSWORD))
			.andExpect(redirectedUrl("/sign-in?locked"));
		audit.expect(AuditAction.ACCOUNT_LOCKED).subject("user:" + username).assertRecorded();
		this.clock.shiftBy(Duration.ofMinutes(16));
		String code = DemoSecrets.codeAt(DemoSecrets.secretFor(username), this.clock);
		code(password(username, PASSWORD), code).andExpect(redirectedUrl("/home"));
	}

	@Test
	void a_new_user_enrols_an_authenticator_and_gets_recovery_codes_that_work_once() throws Exception {
		// given: a user without a second factor
		String username = newUser(false);
		MockHttpSession session = password(username, PASSWORD);
		assertThat(session).isNotNull();
		var audit = AuditAssertions.mark(this.trail);
		// when: the enrolment page shows a secret, and the app's code confirms it
		MvcResult page = this.mvc.perform(get("/second-factor/enrol").session(session))
			.andExpect(status().isOk())
			.andReturn();
		String secret = secretShownOn(page.getResponse().getContentAsString());
		MvcResult confirmed = this.mvc
			.perform(post("/second-factor/enrol").session(session)
				.with(csrf())
				.param("code", DemoSecrets.codeAt(secret, this.clock)))
			.andExpect(redirectedUrl("/second-factor/recovery-codes"))
			.andReturn();
		@SuppressWarnings("unchecked")
		List<String> recoveryCodes = (List<String>) confirmed.getFlashMap().get("recoveryCodes");
		// then
		assertThat(recoveryCodes).hasSize(10).allMatch(c -> c.matches("[a-z2-9]{5}-[a-z2-9]{5}"));
		audit.expect(AuditAction.SECOND_FACTOR_ENROLLED).actor(username).assertRecorded();
		code(password(username, PASSWORD), recoveryCodes.get(0)).andExpect(redirectedUrl("/home"))
			.andExpect(authenticated().withRoles("ANALYST"));
		audit.expect(AuditAction.RECOVERY_CODE_USED).actor(username).detail("remaining", "9").assertRecorded();
		code(password(username, PASSWORD), recoveryCodes.get(0)).andExpect(status().isOk());
	}

	@Test
	void a_user_with_a_second_factor_cannot_skip_to_enrolment() throws Exception {
		MockHttpSession session = password(DemoLogin.ANALYST.username(), DemoLogin.PASSWORD);
		this.mvc.perform(get("/second-factor/enrol").session(session)).andExpect(redirectedUrl("/second-factor"));
	}

	private MockHttpSession password(String username, String password) throws Exception {
		return (MockHttpSession) this.mvc.perform(formLogin("/sign-in").user(username).password(password))
			.andReturn()
			.getRequest()
			.getSession();
	}

	private org.springframework.test.web.servlet.ResultActions code(MockHttpSession session, String code)
			throws Exception {
		return this.mvc.perform(post("/second-factor").session(session).with(csrf()).param("code", code));
	}

	private String newUser(boolean enrolled) {
		String username = "mfa-" + UUID.randomUUID() + "@contoso-cloud.example";
		this.users.create(new NewUser(username, "MFA Test", PASSWORD, Role.ANALYST, null,
				enrolled ? DemoSecrets.secretFor(username) : null), "test");
		return username;
	}

	private static String secretShownOn(String html) {
		Matcher secret = Pattern.compile("id=\"totp-secret\">([A-Z2-7]+)<").matcher(html);
		assertThat(secret.find()).as("the enrolment page shows the secret").isTrue();
		return secret.group(1);
	}

}
