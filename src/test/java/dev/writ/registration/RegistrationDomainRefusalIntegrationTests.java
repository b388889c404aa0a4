package dev.writ.registration;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import dev.writ.agency.OfficialDomains;
import dev.writ.audit.AuditEntry;
import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Registration only from a verified domain of a vetted agency: every other verdict is
 * refused on the e-mail field with the vetting's message, audited with the verdict, and
 * nothing is saved.
 */
@WritIntegrationTest
class RegistrationDomainRefusalIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OfficialDomains officialDomains;

	@Test
	void a_free_mail_address_is_refused_with_a_message_naming_the_field() throws Exception {
		refused("agent.smith@gmail.com", "FREE_MAIL", "free web-mail service");
	}

	@Test
	void a_look_alike_of_the_fbi_domain_is_refused_and_names_the_imitated_domain() throws Exception {
		refused("agent.smith@fbl.gov", "LOOKALIKE", "it imitates fbi.gov");
	}

	@Test
	void an_official_domain_of_an_agency_not_yet_vetted_is_refused_with_whom_to_contact() throws Exception {
		// given
		String domain = "t" + UUID.randomUUID().toString().substring(0, 8) + "-police.gov";
		this.officialDomains.importDotgov(new ByteArrayInputStream(
				("Domain name,Domain type,Organization name\n" + domain + ",City,Town of Test\n")
					.getBytes(StandardCharsets.UTF_8)),
				"registry.csv", "test");
		// when / then
		refused("chief@" + domain, "CANDIDATE_OFFICIAL", "Your agency is not yet registered with Contoso Cloud");
	}

	@Test
	void an_unknown_domain_is_refused() throws Exception {
		refused("someone@example.org", "UNKNOWN", "is not the domain of an agency we know");
	}

	private void refused(String email, String verdict, String message) throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when
		ResultActions answer = this.mvc.perform(post("/register").with(csrf())
			.param("name", "Agent Smith")
			.param("email", email)
			.param("jobTitle", "Special Agent")
			.param("deskPhone", "+1 206 555 0100")
			.param("password", Registrants.PASSWORD)
			.param("confirmPassword", Registrants.PASSWORD));
		// then
		answer.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"email-error\""),
					containsString("Work e-mail address: "), containsString(message))));
		AuditEntry entry = audit.expect(AuditAction.REGISTRATION_REFUSED)
			.actor("anonymous")
			.subject("registration:" + email)
			.detail("field", "email")
			.detail("domain_verdict", verdict)
			.assertRecorded();
		assertThat(entry.detailMap().toString()).doesNotContain(Registrants.PASSWORD);
		assertThat(this.jdbc.sql("select count(*) from officer_registration where email = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
	}

}
