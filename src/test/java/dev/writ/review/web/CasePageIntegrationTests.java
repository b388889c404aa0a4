package dev.writ.review.web;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.review.CaseReview;
import dev.writ.review.CaseState;
import dev.writ.shared.audit.AuditAction;
import dev.writ.testing.ApprovalForm;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The case page: only the actions legal now, assignment, decisions with reasons, the
 * four-eyes rule, and a case changed by someone else shown again with nothing lost.
 */
@WritIntegrationTest
class CasePageIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	UserAccounts users;

	@Autowired
	UserDetailsService accounts;

	@Autowired
	AuditTrail trail;

	@Test
	void a_new_case_offers_only_triage_and_links_to_the_full_demand() throws Exception {
		// given
		String reference = aSubpoena();
		// when / then
		this.mvc.perform(get("/staff/cases/" + reference).with(as(DemoLogin.ANALYST)))
			.andExpect(status().isOk())
			.andExpect(content().string(allOf(containsString("id=\"action-START_TRIAGE\""),
					not(containsString("id=\"action-APPROVE\"")), not(containsString("id=\"action-START_PRODUCTION\"")),
					containsString("href=\"/staff/demands/" + reference + "\""), containsString("RECEIVED"))));
	}

	@Test
	void assign_to_me_takes_the_case_and_is_audited() throws Exception {
		// given
		String reference = aSubpoena();
		var audit = AuditAssertions.mark(this.trail);
		// when
		this.mvc
			.perform(post("/staff/cases/" + reference + "/assign").param("version", version(reference))
				.with(as(DemoLogin.ANALYST))
				.with(csrf()))
			.andExpect(redirectedUrl("/staff/cases/" + reference));
		// then
		assertThat(this.review.find(reference).orElseThrow().assignee()).isEqualTo(DemoLogin.ANALYST.username());
		audit.expect(AuditAction.CASE_ASSIGNED)
			.subject("demand:" + reference)
			.actor(DemoLogin.ANALYST.username())
			.assertRecorded();
	}

	@Test
	void an_analyst_approves_a_subpoena_with_a_reason_that_the_history_and_the_audit_trail_show() throws Exception {
		// given
		String reference = aSubpoena();
		act(reference, "START_TRIAGE", "reading it", DemoLogin.ANALYST).andExpect(status().is3xxRedirection());
		var audit = AuditAssertions.mark(this.trail);
		// when
		act(reference, "APPROVE", "the engine's recommendation holds", DemoLogin.ANALYST)
			.andExpect(redirectedUrl("/staff/cases/" + reference));
		// then
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.APPROVED);
		this.mvc.perform(get("/staff/cases/" + reference).with(as(DemoLogin.ANALYST)))
			.andExpect(content().string(allOf(containsString("the engine&#39;s recommendation holds"),
					containsString("id=\"action-START_PRODUCTION\""), not(containsString("id=\"action-APPROVE\"")))));
		audit.expect(AuditAction.CASE_TRANSITIONED)
			.subject("demand:" + reference)
			.actor(DemoLogin.ANALYST.username())
			.detail("action", "APPROVE")
			.detail("to", "APPROVED")
			.assertRecorded();
	}

	@Test
	void a_content_warrant_waits_for_a_second_reviewer_and_a_different_analyst_confirms() throws Exception {
		// given
		String reference = this.intake.receive(ReviewPages.aContentWarrant(officer())).reference();
		act(reference, "START_TRIAGE", "reading it", DemoLogin.ANALYST).andExpect(status().is3xxRedirection());
		act(reference, "APPROVE", "probable cause shown", DemoLogin.ANALYST).andExpect(status().is3xxRedirection());
		var audit = AuditAssertions.mark(this.trail);
		// when
		act(reference, "CONFIRM_APPROVAL", "me again", DemoLogin.ANALYST).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("needs a second reviewer")));
		act(reference, "CONFIRM_APPROVAL", "agreed", DemoLogin.SECOND_ANALYST)
			.andExpect(redirectedUrl("/staff/cases/" + reference));
		// then
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.APPROVED);
		audit.expect(AuditAction.CASE_ACTION_REFUSED)
			.subject("demand:" + reference)
			.actor(DemoLogin.ANALYST.username())
			.assertRecorded();
		audit.expect(AuditAction.CASE_TRANSITIONED)
			.actor(DemoLogin.SECOND_ANALYST.username())
			.detail("action", "CONFIRM_APPROVAL")
			.assertRecorded();
	}

	@Test
	void a_first_approval_of_content_says_the_case_needs_a_second_reviewer() throws Exception {
		// given
		String reference = this.intake.receive(ReviewPages.aContentWarrant(officer())).reference();
		act(reference, "START_TRIAGE", "reading it", DemoLogin.ANALYST).andExpect(status().is3xxRedirection());
		// when
		var result = act(reference, "APPROVE", "probable cause shown", DemoLogin.ANALYST).andReturn();
		// then
		assertThat(String.valueOf(result.getFlashMap().get("notice"))).contains("needs a second reviewer");
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.AWAITING_SECOND_APPROVAL);
	}

	@Test
	void a_form_of_a_version_changed_since_shows_the_case_as_it_is_now_and_keeps_the_reason() throws Exception {
		// given
		String reference = aSubpoena();
		String seen = version(reference);
		act(reference, "START_TRIAGE", "mine", DemoLogin.SECOND_ANALYST).andExpect(status().is3xxRedirection());
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		this.mvc
			.perform(post("/staff/cases/" + reference + "/act").param("version", seen)
				.param("action", "START_TRIAGE")
				.param("reason", "my careful words")
				.with(as(DemoLogin.ANALYST))
				.with(csrf()))
			.andExpect(status().isConflict())
			.andExpect(content().string(allOf(containsString("This case was changed by someone else"),
					containsString("my careful words"), containsString("TRIAGE"))));
		audit.expect(AuditAction.CASE_ACTION_REFUSED).actor(DemoLogin.ANALYST.username()).assertRecorded();
	}

	@Test
	void an_action_the_lifecycle_does_not_allow_now_is_refused_naming_why() throws Exception {
		// given
		String reference = aSubpoena();
		// when / then
		act(reference, "START_PRODUCTION", "in a hurry", DemoLogin.ANALYST).andExpect(status().isUnprocessableContent())
			.andExpect(content().string(allOf(containsString("Not allowed now"), containsString("START_PRODUCTION"))));
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void an_unknown_case_is_a_plain_not_found() throws Exception {
		this.mvc.perform(get("/staff/cases/WR-1999-999999").with(as(DemoLogin.ANALYST)))
			.andExpect(status().isNotFound());
	}

	/** Takes a step; an approval accepts the engine's scope, as the form offers it. */
	private ResultActions act(String reference, String action, String reason, DemoLogin who) throws Exception {
		var request = post("/staff/cases/" + reference + "/act").param("version", version(reference))
			.param("action", action)
			.param("reason", reason);
		if ("APPROVE".equals(action)) {
			ApprovalForm.withEngineScope(request, this.review, reference);
		}
		return this.mvc.perform(request.with(as(who)).with(csrf()));
	}

	private String version(String reference) {
		return String.valueOf(this.review.find(reference).orElseThrow().version());
	}

	private org.springframework.test.web.servlet.request.RequestPostProcessor as(DemoLogin who) {
		return user(this.accounts.loadUserByUsername(who.username()));
	}

	private String aSubpoena() {
		return this.intake.receive(DemandFixtures.aSubpoena(officer())).reference();
	}

	private UserView officer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

}
