package dev.writ.assessment;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/assessments answers staff with the same JSON as the assess command, and
 * refuses everyone else.
 */
@WritIntegrationTest
class AssessmentApiIntegrationTests {

	static final Path SCENARIO = Path.of("src/test/resources/scenarios");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Test
	void an_analyst_gets_the_assessment_of_a_scenario() throws Exception {
		this.mvc.perform(assess(scenario("writ-001")).with(httpBasic(DemoLogin.ANALYST.username(), DemoLogin.PASSWORD)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("disclose_noncontent_only"))
			.andExpect(jsonPath("$.findings[0].rule").exists())
			.andExpect(jsonPath("$.findings[0].citation").exists());
	}

	@Test
	void invalid_input_is_a_400_naming_the_field() throws Exception {
		String broken = scenario("writ-001").replace("\"identifier_type\": \"email\"", "\"identifier_type\": \"fax\"");
		this.mvc.perform(assess(broken).with(httpBasic(DemoLogin.COUNSEL.username(), DemoLogin.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("targets[0].identifier_type"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown value 'fax'")));
	}

	@Test
	void broken_json_is_a_400() throws Exception {
		this.mvc.perform(assess("{\"id\": ").with(httpBasic(DemoLogin.ANALYST.username(), DemoLogin.PASSWORD)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("invalid JSON")));
	}

	@Test
	void an_officer_is_refused_and_the_attempt_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc
			.perform(assess(scenario("writ-001")).with(httpBasic(DemoLogin.FBI_OFFICER.username(), DemoLogin.PASSWORD)))
			.andExpect(status().isForbidden());
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor(DemoLogin.FBI_OFFICER.username())
			.subject("request:POST /api/v1/assessments")
			.assertRecorded();
	}

	@Test
	void without_credentials_the_answer_is_401_not_a_sign_in_page() throws Exception {
		this.mvc.perform(assess(scenario("writ-001"))).andExpect(status().isUnauthorized());
	}

	@Test
	void wrong_credentials_are_401_and_audited_as_a_failed_sign_in() throws Exception {
		var audit = AuditAssertions.mark(this.trail);
		this.mvc.perform(assess(scenario("writ-001")).with(httpBasic(DemoLogin.ANALYST.username(), "wrong-password")))
			.andExpect(status().isUnauthorized());
		audit.expect(AuditAction.SIGN_IN_FAILED).actor(DemoLogin.ANALYST.username()).assertRecorded();
	}

	private static org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder assess(String body) {
		return post("/api/v1/assessments").contentType(MediaType.APPLICATION_JSON).content(body);
	}

	private static String scenario(String prefix) throws Exception {
		try (var files = Files.list(SCENARIO)) {
			return Files
				.readString(files.filter(f -> f.getFileName().toString().startsWith(prefix)).findFirst().orElseThrow());
		}
	}

}
