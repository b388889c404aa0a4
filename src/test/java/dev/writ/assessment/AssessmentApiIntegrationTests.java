package dev.writ.assessment;

import java.nio.file.Files;
import java.nio.file.Path;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestTokens;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static dev.writ.testing.TestTokens.bearer;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * POST /api/v1/assessments answers staff, with a personal API token, with the same JSON
 * as the assess command, and refuses everyone else.
 */
@WritIntegrationTest
class AssessmentApiIntegrationTests {

	static final Path SCENARIO = Path.of("src/test/resources/scenarios");

	@Autowired
	MockMvc mvc;

	@Autowired
	AuditTrail trail;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts users;

	@Test
	void an_analyst_gets_the_assessment_of_a_scenario() throws Exception {
		this.mvc.perform(assess(scenario("writ-001")).with(bearer(token(DemoLogin.ANALYST))))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.outcome").value("disclose_noncontent_only"))
			.andExpect(jsonPath("$.findings[0].rule").exists())
			.andExpect(jsonPath("$.findings[0].citation").exists());
	}

	@Test
	void invalid_input_is_a_400_naming_the_field() throws Exception {
		String broken = scenario("writ-001").replace("\"identifier_type\": \"email\"", "\"identifier_type\": \"fax\"");
		this.mvc.perform(assess(broken).with(bearer(token(DemoLogin.COUNSEL))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("targets[0].identifier_type"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unknown value 'fax'")));
	}

	@Test
	void broken_json_is_a_400() throws Exception {
		this.mvc.perform(assess("{\"id\": ").with(bearer(token(DemoLogin.ANALYST))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.startsWith("invalid JSON")));
	}

	@Test
	void an_officer_is_refused_and_the_attempt_is_audited() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(assess(scenario("writ-001")).with(bearer(token(DemoLogin.FBI_OFFICER))))
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
	void an_unknown_token_is_401_problem_json_and_audited_as_denied() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(assess(scenario("writ-001")).with(bearer("writ_" + "A".repeat(43))))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.status").value(401));
		audit.expect(AuditAction.ACCESS_DENIED)
			.actor("anonymous")
			.subject("request:POST /api/v1/assessments")
			.detail("reason", "unknown")
			.assertRecorded();
	}

	@Test
	void http_basic_with_a_right_password_is_refused_because_it_skips_the_second_factor() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc.perform(assess(scenario("writ-001")).with(httpBasic(DemoLogin.ANALYST.username(), DemoLogin.PASSWORD)))
			.andExpect(status().isUnauthorized());
		audit.expect(AuditAction.ACCESS_DENIED).detail("reason", "unsupported_scheme").assertRecorded();
	}

	private String token(DemoLogin login) {
		return TestTokens.issue(this.tokens, this.users, login.username());
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
