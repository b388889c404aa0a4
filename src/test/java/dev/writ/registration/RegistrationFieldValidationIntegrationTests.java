package dev.writ.registration;

import dev.writ.audit.AuditTrail;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every field of the registration form is checked; a refusal names the field, keeps what
 * was typed (never the password), is audited and saves nothing.
 */
@WritIntegrationTest
class RegistrationFieldValidationIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	JdbcClient jdbc;

	@ParameterizedTest(name = "{0} = ''{1}'' is refused")
	@CsvSource(delimiter = '|', textBlock = """
			name            |                  | Full name: Enter your full name
			jobTitle        |                  | Job title: Enter your job title
			deskPhone       |                  | Desk phone: Enter your desk phone number
			deskPhone       | call me maybe    | Desk phone: Enter a phone number of digits
			email           |                  | Work e-mail address: Enter your work e-mail address
			email           | not-an-address   | Work e-mail address: Enter your work e-mail address in the form
			password        | short            | Password: must be at least 12 characters
			confirmPassword | something else 1 | Confirm password: The two passwords differ
			""")
	void a_wrong_field_is_refused_with_a_message_naming_it(String field, String value, String message)
			throws Exception {
		// given
		String email = Registrants.freshFbiAddress();
		MultiValueMap<String, String> form = valid(email);
		form.set(field, (value == null) ? "" : value);
		if (field.equals("password")) {
			form.set("confirmPassword", value);
		}
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(post("/register").with(csrf()).params(form))
			.andExpect(status().isBadRequest())
			.andExpect(content().string(allOf(containsString("id=\"" + field + "-error\""), containsString(message),
					not(containsString(Registrants.PASSWORD)))));
		audit.expect(AuditAction.REGISTRATION_REFUSED).detail("field", field).assertRecorded();
		assertThat(this.jdbc.sql("select count(*) from officer_registration where email = ?")
			.param(email)
			.query(Long.class)
			.single()).isZero();
	}

	private static MultiValueMap<String, String> valid(String email) {
		MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
		form.add("name", "Special Agent Test");
		form.add("email", email);
		form.add("jobTitle", "Special Agent");
		form.add("deskPhone", "+1 206 555 0100");
		form.add("password", Registrants.PASSWORD);
		form.add("confirmPassword", Registrants.PASSWORD);
		return form;
	}

}
