package dev.writ.registration;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration does not tell who has an account: an address that already has one (or an
 * open registration) gets the same answer as a new one, and its holder is told by mail.
 */
@WritIntegrationTest
class RegistrationEnumerationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Test
	void an_address_with_an_account_gets_the_same_answer_as_a_new_one_and_the_holder_a_mail() throws Exception {
		// given
		String existing = DemoLogin.FBI_OFFICER.username();
		String fresh = Registrants.freshFbiAddress();
		var audit = AuditAssertions.mark(this.trail);
		// when
		MvcResult forExisting = register(existing);
		MvcResult forFresh = register(fresh);
		// then
		assertThat(forExisting.getResponse().getRedirectedUrl()).isEqualTo(forFresh.getResponse().getRedirectedUrl())
			.isEqualTo("/register/check-email");
		assertThat(RegistrationMail.awaitMail(existing, "Someone tried to register your address for Writ"))
			.contains("already has an account or a registration");
		assertThat(RegistrationMail.awaitMail(fresh, "Confirm your e-mail address for Writ"))
			.contains("/register/verify?token=");
		assertThat(RegistrationMail.subjectsTo(existing)).doesNotContain("Confirm your e-mail address for Writ");
		audit.expect(AuditAction.REGISTRATION_REFUSED)
			.subject("registration:" + existing)
			.detail("reason", "the address already has an account")
			.assertRecorded();
		audit.expect(AuditAction.REGISTRATION_SUBMITTED).detail("email", fresh).assertRecorded();
		this.mvc.perform(get("/register/check-email"))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Check your e-mail")));
	}

	@Test
	void registering_an_address_again_while_its_link_is_valid_keeps_the_first_registration() throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		register(email);
		// when
		MvcResult again = register(email);
		// then
		assertThat(again.getResponse().getRedirectedUrl()).isEqualTo("/register/check-email");
		RegistrationMail.awaitMail(email, "Someone tried to register your address for Writ");
		assertThat(this.jdbc.sql("select count(*) from officer_registration where email = ?")
			.param(email)
			.query(Long.class)
			.single()).isOne();
	}

	private MvcResult register(String email) throws Exception {
		return this.mvc
			.perform(post("/register").with(csrf())
				.param("name", "Special Agent Test")
				.param("email", email)
				.param("jobTitle", "Special Agent")
				.param("deskPhone", "+1 206 555 0100")
				.param("password", Registrants.PASSWORD)
				.param("confirmPassword", Registrants.PASSWORD))
			.andExpect(redirectedUrl("/register/check-email"))
			.andReturn();
	}

}
