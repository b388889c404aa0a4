package dev.writ;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.internal.ApiTokens;
import dev.writ.identity.UserAccounts;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.ApprovalForm;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.TestPdfs;
import dev.writ.testing.TestTokens;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static dev.writ.testing.TestTokens.bearer;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A demand walks the whole way as its users move it: an officer submits it through the
 * API, an analyst finds it in the queue, takes it, triages and decides it on the case
 * page, and the officer reads the decision on the API and on the demand's page. The audit
 * trail holds every step and stays intact.
 */
@WritIntegrationTest
class WalkTheDemandIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	ApiTokens tokens;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	CaseReview review;

	@Autowired
	AuditTrail trail;

	@Test
	void a_subpoena_walks_from_submission_to_an_approval_the_officer_reads() throws Exception {
		// given
		var audit = AuditAssertions.mark(this.trail);
		String reference = submit(example(true));
		// when
		this.mvc.perform(get("/staff/queue").with(as(DemoLogin.ANALYST)))
			.andExpect(content().string(containsString(reference)));
		this.mvc
			.perform(staff(reference, "/assign", DemoLogin.ANALYST).param("assignee", DemoLogin.ANALYST.username())
				.param("reason", "mine"))
			.andExpect(status().is3xxRedirection());
		act(reference, "START_TRIAGE", "reading the subpoena");
		act(reference, "APPROVE", "the engine's recommendation holds");
		// then
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.APPROVED);
		officerApi(reference).andExpect(jsonPath("$.status").value("accepted"))
			.andExpect(jsonPath("$.notices[0].headline").value("Accepted"));
		officerPage(reference).andExpect(content().string(allOf(containsString("id=\"decision-notice\""),
				containsString("Accepted"), containsString("We will produce what is listed above."))));
		assertThat(audit.actions()).containsSubsequence(AuditAction.DEMAND_RECEIVED.name(),
				AuditAction.CASE_OPENED.name(), AuditAction.CASE_ASSIGNED.name(), AuditAction.CASE_TRANSITIONED.name(),
				AuditAction.CASE_TRANSITIONED.name(), AuditAction.DECISION_NOTICE_SENT.name());
		assertThat(this.trail.verify().brokenAt()).isNull();
	}

	@Test
	void an_unsigned_demand_walks_to_a_rejection_whose_reasons_the_officer_reads() throws Exception {
		// given
		String reference = submit(example(false));
		officerApi(reference).andExpect(jsonPath("$.status").value("deficient"));
		// when
		this.mvc
			.perform(staff(reference, "/act", DemoLogin.ANALYST).param("action", "REJECT")
				.param("reasons", "UNSIGNED_OR_UNAUTHORIZED")
				.param("reason", "The subpoena is still unsigned; serve a signed one as a new demand."))
			.andExpect(status().is3xxRedirection());
		// then
		officerApi(reference).andExpect(jsonPath("$.status").value("rejected"))
			.andExpect(jsonPath("$.notices[0].lines[0].code").value("UNSIGNED_OR_UNAUTHORIZED"));
		officerPage(reference).andExpect(content().string(allOf(containsString("Rejected"),
				containsString("id=\"notice-UNSIGNED_OR_UNAUTHORIZED\""), containsString("serve a signed one"))));
		assertThat(this.trail.verify().brokenAt()).isNull();
	}

	@Test
	void an_approval_of_content_waits_for_a_second_reviewer_before_the_officer_hears_of_it() throws Exception {
		// given
		String reference = submit(contentWarrant());
		act(reference, "START_TRIAGE", "reading the warrant");
		// when
		act(reference, "APPROVE", "probable cause for the mailbox");
		// then
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.AWAITING_SECOND_APPROVAL);
		officerApi(reference).andExpect(jsonPath("$.status").value("received"))
			.andExpect(jsonPath("$.notices").isEmpty());
		this.mvc
			.perform(staff(reference, "/act", DemoLogin.SECOND_ANALYST).param("action", "CONFIRM_APPROVAL")
				.param("reason", "agreed: the warrant covers the mailbox"))
			.andExpect(status().is3xxRedirection());
		officerApi(reference).andExpect(jsonPath("$.status").value("accepted"));
	}

	private String submit(String json) throws Exception {
		String body = this.mvc
			.perform(multipart("/api/v1/demands")
				.file(new MockMultipartFile("demand", "demand.json", "application/json", json.getBytes()))
				.file(new MockMultipartFile("document", "process.pdf", "application/pdf",
						TestPdfs.onePage("Legal process")))
				.header("Idempotency-Key", "walk-" + UUID.randomUUID())
				.with(bearer(token())))
			.andExpect(status().isCreated())
			.andReturn()
			.getResponse()
			.getContentAsString();
		return JSON.readTree(body).get("reference").stringValue();
	}

	/**
	 * A step on the case page; an approval takes the scope the form offers: the engine's.
	 */
	private void act(String reference, String action, String reason) throws Exception {
		MockHttpServletRequestBuilder request = staff(reference, "/act", DemoLogin.ANALYST).param("action", action)
			.param("reason", reason);
		if ("APPROVE".equals(action)) {
			ApprovalForm.withEngineScope(request, this.review, reference);
		}
		this.mvc.perform(request).andExpect(status().is3xxRedirection());
	}

	private MockHttpServletRequestBuilder staff(String reference, String path, DemoLogin who) {
		return post("/staff/cases/" + reference + path)
			.param("version", String.valueOf(this.review.find(reference).orElseThrow().version()))
			.with(as(who))
			.with(csrf());
	}

	private ResultActions officerApi(String reference) throws Exception {
		return this.mvc.perform(get("/api/v1/demands/" + reference).with(bearer(token()))).andExpect(status().isOk());
	}

	private ResultActions officerPage(String reference) throws Exception {
		return this.mvc.perform(get("/officer/demands/" + reference).with(as(DemoLogin.FBI_OFFICER)))
			.andExpect(status().isOk());
	}

	private String token() {
		return TestTokens.issue(this.tokens, this.users, DemoLogin.FBI_OFFICER.username());
	}

	private RequestPostProcessor as(DemoLogin who) {
		return user(this.accounts.loadUserByUsername(who.username()));
	}

	private static String example(boolean signed) throws Exception {
		ObjectNode root = (ObjectNode) JSON.readTree(Files.readString(Path.of("docs/api/demand-example.json")));
		((ObjectNode) root.get("process")).put("signed", signed);
		return root.toString();
	}

	/** The example turned into a federal search warrant for e-mail content. */
	private static String contentWarrant() throws Exception {
		ObjectNode root = (ObjectNode) JSON.readTree(example(true));
		ObjectNode process = (ObjectNode) root.get("process");
		process.put("type", "search_warrant");
		process.put("issuer_role", "magistrate_judge");
		process.put("issued_by", "U.S. Magistrate Judge, W.D. Wash.");
		process.put("issue_date", java.time.LocalDate.now().minusDays(2).toString());
		root.putArray("data_requested").add("email_content");
		return root.toString();
	}

}
