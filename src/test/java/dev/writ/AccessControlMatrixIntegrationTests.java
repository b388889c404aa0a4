package dev.writ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandQueries;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may reach what: every page and API endpoint, for an anonymous visitor, an officer
 * of agency A (whose demand is asked for), an officer of agency B, an analyst, an
 * administrator and an auditor. A second test makes sure no endpoint is missing from the
 * table, so a new page cannot ship without its row. Every refusal is in the audit trail.
 */
@WritIntegrationTest
class AccessControlMatrixIntegrationTests {

	/**
	 * Columns: anonymous, officer A, officer B, analyst, admin, auditor. Y = allowed. An
	 * {id} is one nobody owns: removing a passkey that is not yours is refused to all.
	 */
	static final List<String> MATRIX = List.of(
	// @formatter:off
			"GET  /                                        Y Y Y Y Y Y",
			"GET  /sign-in                                 Y Y Y Y Y Y",
			"GET  /register                                Y Y Y Y Y Y",
			"POST /register                                Y Y Y Y Y Y",
			"GET  /register/check-email                    Y Y Y Y Y Y",
			"GET  /register/verify                         Y Y Y Y Y Y",
			"POST /register/verify                         Y Y Y Y Y Y",
			"GET  /home                                    - Y Y Y Y Y",
			"GET  /second-factor                           - Y Y Y Y Y",
			"POST /second-factor                           - Y Y Y Y Y",
			"GET  /second-factor/enrol                     - Y Y Y Y Y",
			"POST /second-factor/enrol                     - Y Y Y Y Y",
			"GET  /second-factor/recovery-codes            - Y Y Y Y Y",
			"GET  /account/passkeys                        - Y Y Y Y Y",
			"POST /account/passkeys/{id}/delete            - - - - - -",
			"GET  /account/api-tokens                      - Y Y Y Y Y",
			"POST /account/api-tokens                      - Y Y Y Y Y",
			"POST /account/api-tokens/{id}/revoke          - - - - - -",
			"GET  /officer/demands                         - Y Y - - -",
			"GET  /officer/demands/new                     - Y Y - - -",
			"GET  /officer/demands/new/{type}              - Y Y - - -",
			"POST /officer/demands/new/{type}              - Y Y - - -",
			"GET  /officer/demands/{reference}             - Y - - - -",
			"GET  /officer/demands/{reference}/correct     - Y - - - -",
			"POST /officer/demands/{reference}/correct     - Y - - - -",
			"POST /officer/demands/{reference}/messages    - Y - - - -",
			"POST /officer/demands/{reference}/withdraw    - Y - - - -",
			"GET  /officer/demands/{reference}/documents/{key} - Y - - - -",
			"GET  /officer/colleagues                      - Y Y - - -",
			"POST /officer/colleagues                      - Y Y - - -",
			"GET  /staff/queue                             - - - Y - -",
			"GET  /staff/demands/{reference}               - - - Y - -",
			"GET  /staff/cases/{reference}                 - - - Y - -",
			"POST /staff/cases/{reference}/assign          - - - Y - -",
			"POST /staff/cases/{reference}/act             - - - Y - -",
			"POST /staff/demands/{reference}/messages      - - - Y - -",
			"GET  /staff/demands/{reference}/documents/{key} - - - Y - -",
			"GET  /staff/reports                           - - - Y Y Y",
			"GET  /staff/reports/download                  - - - Y Y Y",
			"GET  /admin                                   - - - - Y -",
			"GET  /admin/register                          - - - - Y -",
			"POST /admin/register                          - - - - Y -",
			"GET  /admin/outbox                            - - - - Y -",
			"GET  /admin/domains                           - - - - Y -",
			"POST /admin/domains/import                    - - - - Y -",
			"GET  /admin/registrations                     - - - - Y -",
			"POST /admin/registrations/{id}/approve        - - - - Y -",
			"POST /admin/registrations/{id}/reject         - - - - Y -",
			"GET  /auditor                                 - - - - - Y",
			"POST /auditor/verify                          - - - - - Y",
			"POST /api/v1/assessments                      - - - Y Y Y",
			"POST /api/v1/demands                          - Y Y - - -",
			"GET  /api/v1/demands/{reference}              - Y - - - -",
			"POST /api/v1/demands/{reference}/revisions    - Y - - - -");
	// @formatter:on

	static final List<String> ACTORS = Arrays.asList(null, DemoLogin.FBI_OFFICER.username(),
			DemoLogin.CITY_OFFICER.username(), DemoLogin.ANALYST.username(), DemoLogin.ADMIN.username(),
			DemoLogin.AUDITOR.username());

	/** Served by the framework, not by Writ's pages. */
	static final Set<String> NOT_PAGES = Set.of("GET /error", "POST /error", "PUT /error", "DELETE /error",
			"PATCH /error", "HEAD /error", "OPTIONS /error");

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandIntake intake;

	@Autowired
	DemandQueries queries;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditTrail trail;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	static Stream<Arguments> cases() {
		List<Arguments> cases = new ArrayList<>();
		for (String row : MATRIX) {
			String[] cells = row.trim().split("\\s+");
			for (int actor = 0; actor < ACTORS.size(); actor++) {
				cases.add(Arguments.of(cells[0], cells[1], (actor == 0) ? "anonymous" : ACTORS.get(actor),
						"Y".equals(cells[2 + actor])));
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} {1} as {2}: allowed={3}")
	@MethodSource("cases")
	void each_page_and_endpoint_allows_exactly_the_roles_in_the_table(String method, String template, String actor,
			boolean allowed) throws Exception {
		// given
		String path = resolve(template);
		AbstractMockHttpServletRequestBuilder<?> request = request(method, path);
		if (!"anonymous".equals(actor)) {
			request.with(SecurityMockMvcRequestPostProcessors.user(this.accounts.loadUserByUsername(actor)));
		}
		var audit = AuditAssertions.mark(this.trail);
		// when
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		// then
		boolean denied = denied(response);
		assertThat(!denied)
			.as("%s %s as %s answered %s %s", method, path, actor, response.getStatus(),
					String.valueOf(response.getRedirectedUrl()))
			.isEqualTo(allowed);
		if (denied) {
			audit.expect(AuditAction.ACCESS_DENIED).actor(actor).assertRecorded();
		}
	}

	@Test
	void every_endpoint_of_writ_has_a_row_in_the_table() {
		// given
		Set<String> inTable = new TreeSet<>();
		MATRIX.forEach(row -> {
			String[] cells = row.trim().split("\\s+");
			inTable.add(cells[0] + " " + cells[1]);
		});
		// when
		Set<String> served = new TreeSet<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> info.getPatternValues().forEach(pattern -> {
			Set<String> methods = info.getMethodsCondition().getMethods().isEmpty() ? Set.of("GET", "POST")
					: info.getMethodsCondition()
						.getMethods()
						.stream()
						.map(Enum::name)
						.collect(java.util.stream.Collectors.toSet());
			methods.forEach(method -> served.add(method + " " + pattern));
		}));
		served.removeAll(NOT_PAGES);
		// then
		assertThat(inTable).as("rows of the access-control table").containsAll(served);
	}

	private static boolean denied(MockHttpServletResponse response) {
		int status = response.getStatus();
		String redirect = response.getRedirectedUrl();
		boolean sentToSignIn = redirect != null && redirect.contains("/sign-in");
		return status == 401 || status == 403 || status == 404 || sentToSignIn;
	}

	private AbstractMockHttpServletRequestBuilder<?> request(String method, String path) {
		if ("GET".equals(method)) {
			return MockMvcRequestBuilders.get(path);
		}
		if (path.startsWith("/api/v1/assessments")) {
			return MockMvcRequestBuilders.post(path).contentType("application/json").content("{}");
		}
		if (path.startsWith("/api/")) {
			return MockMvcRequestBuilders.multipart(path)
				.file(new MockMultipartFile("demand", "", "application/json", "{}".getBytes()))
				.file(new MockMultipartFile("document", "x.pdf", "application/pdf", TestPdfs.onePage("x")))
				.header("Idempotency-Key", UUID.randomUUID().toString());
		}
		return MockMvcRequestBuilders.multipart(path)
			.file(new MockMultipartFile("legalDocument", "x.pdf", "application/pdf", TestPdfs.onePage("x")))
			.param("body", "A question about this demand.")
			.with(SecurityMockMvcRequestPostProcessors.csrf());
	}

	/**
	 * A fresh demand of agency A for each case, so a withdrawal in one case changes no
	 * other.
	 */
	private String resolve(String template) {
		if (!template.contains("{reference}")) {
			return template.replace("{type}", "grand_jury_subpoena").replace("{id}", UUID.randomUUID().toString());
		}
		UserView officerA = this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
		String reference = this.intake.receive(DemandFixtures.aSubpoena(officerA)).reference();
		String key = this.queries.detail(reference).orElseThrow().documents().get(0).storageKey();
		return template.replace("{reference}", reference).replace("{key}", key);
	}

}
