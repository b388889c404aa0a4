package dev.writ.review;

import java.time.LocalDate;
import java.util.List;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DecisionNotice;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandOutcomes;
import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.SubmitDemand;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each decision is kept with its case, reaches the requester as a notice on the demand,
 * and lands in the audit trail; a decision the rules refuse changes nothing.
 */
@WritIntegrationTest
class CaseDecisionsIntegrationTests {

	static final Reviewer DANA = new Reviewer(DemoLogin.ANALYST.username(), Role.ANALYST);

	static final Reviewer CHRIS = new Reviewer(DemoLogin.COUNSEL.username(), Role.COUNSEL);

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	DemandQueries demands;

	@Autowired
	DemandOutcomes outcomes;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void a_narrowed_approval_keeps_its_scope_and_tells_the_officer_what_will_be_produced() {
		// given
		String reference = triaged(DecisionFixtures.subpoenaFor(officer(), DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.IP_CONNECTION_HISTORY));
		ApprovalScope narrowed = new ApprovalScope(List.of("k.morrow@contosomail.example"),
				List.of(DataCategory.BASIC_SUBSCRIBER_INFO), LocalDate.of(2025, 9, 1), LocalDate.of(2025, 12, 31));
		var audit = AuditAssertions.mark(this.trail);
		// when
		CaseView approved = decide(reference, CaseAction.APPROVE, DANA, "only the subscriber is needed",
				new Decision.Approval(narrowed));
		// then
		assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
		assertThat(approved.decided().scope()).isEqualTo(narrowed);
		assertThat(approved.decided().narrowed()).isTrue();
		assertThat(status(reference)).isEqualTo(DemandStatus.ACCEPTED);
		DecisionNotice notice = lastNotice(reference);
		assertThat(notice.headline()).isEqualTo("Accepted in part");
		assertThat(notice.lines()).extracting(DecisionNotice.Line::text)
			.containsExactly("Accounts: k.morrow@contosomail.example", "Data: basic subscriber info",
					"Period: 2025-09-01 to 2025-12-31");
		audit.expect(AuditAction.CASE_TRANSITIONED)
			.subject("demand:" + reference)
			.detail("narrowed", "true")
			.detail("scope", narrowed.describe())
			.assertRecorded();
		audit.expect(AuditAction.DECISION_NOTICE_SENT).detail("status", "ACCEPTED").assertRecorded();
	}

	@Test
	void content_on_a_subpoena_is_beyond_the_engine_so_only_counsel_approves_it_with_a_justification() {
		// given
		String reference = triaged(DecisionFixtures.subpoenaFor(officer(), DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.EMAIL_CONTENT));
		ApprovalScope withContent = new ApprovalScope(List.of("k.morrow@contosomail.example"),
				List.of(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.EMAIL_CONTENT), LocalDate.of(2025, 6, 1),
				LocalDate.of(2025, 12, 31));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(
				() -> decide(reference, CaseAction.APPROVE, DANA, "all of it", new Decision.Approval(withContent)))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("email_content")
			.hasMessageContaining("only counsel");
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.TRIAGE);
		assertThat(status(reference)).isEqualTo(DemandStatus.RECEIVED);
		audit.expect(AuditAction.CASE_ACTION_REFUSED).actor(DANA.username()).assertRecorded();
		CaseView approved = this.review.act(new CaseCommand(reference, version(reference), CaseAction.APPROVE, CHRIS,
				"consent of the account owner on file", "owner's signed consent, exhibit A",
				new Decision.Approval(withContent)));
		assertThat(approved.state()).isIn(CaseState.APPROVED, CaseState.AWAITING_SECOND_APPROVAL);
	}

	@Test
	void a_rejection_gives_its_reasons_with_their_law_and_the_officer_can_no_longer_correct_the_demand() {
		// given
		UserView officer = officer();
		String reference = this.intake.receive(DecisionFixtures.unsignedOrder(officer)).reference();
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.DEFICIENCY_SENT);
		// when
		CaseView rejected = decide(reference, CaseAction.REJECT, DANA, "No signed order arrived; submit a new one.",
				new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED")));
		// then
		assertThat(rejected.state()).isEqualTo(CaseState.REJECTED);
		assertThat(rejected.decided().rejectionReasons()).containsExactly("UNSIGNED_OR_UNAUTHORIZED");
		assertThat(status(reference)).isEqualTo(DemandStatus.REJECTED);
		DecisionNotice notice = lastNotice(reference);
		assertThat(notice.note()).isEqualTo("No signed order arrived; submit a new one.");
		assertThat(notice.lines()).singleElement().satisfies(line -> {
			assertThat(line.code()).isEqualTo("UNSIGNED_OR_UNAUTHORIZED");
			assertThat(line.text()).contains("Not signed");
			assertThat(line.citation()).isNotBlank();
		});
		assertThatThrownBy(() -> this.intake.resubmit(reference, DecisionFixtures.unsignedOrder(officer)))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("can no longer be corrected");
	}

	@Test
	void a_request_for_information_sends_the_reviewer_question_and_a_correction_reopens_the_case() {
		// given
		UserView officer = officer();
		String reference = triaged(DemandFixtures.aSubpoena(officer));
		// when
		decide(reference, CaseAction.REQUEST_INFORMATION, DANA,
				"Please send the grand jury subpoena's attachment A listing the accounts.", null);
		// then
		assertThat(status(reference)).isEqualTo(DemandStatus.DEFICIENT);
		assertThat(lastNotice(reference).note()).contains("attachment A");
		this.intake.resubmit(reference, DemandFixtures.aSubpoena(officer));
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.RESUBMITTED);
	}

	@Test
	void an_enterprise_demand_is_redirected_with_the_customer_contact_kept_and_sent() {
		// given
		String reference = triaged(DecisionFixtures.enterpriseSubpoena(officer()));
		Decision.Redirect redirect = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
				"legal@fabrikam-mfg.example", "Please direct your subpoena to Fabrikam Manufacturing.");
		var audit = AuditAssertions.mark(this.trail);
		// when
		CaseView redirected = decide(reference, CaseAction.REDIRECT_TO_CUSTOMER, DANA, "enterprise account", redirect);
		// then
		assertThat(redirected.state()).isEqualTo(CaseState.REDIRECTED_TO_CUSTOMER);
		assertThat(redirected.decided().redirect()).isEqualTo(redirect);
		assertThat(status(reference)).isEqualTo(DemandStatus.REDIRECTED);
		assertThat(lastNotice(reference).lines()).extracting(DecisionNotice.Line::text)
			.contains("Customer: Fabrikam Manufacturing", "Contact: Legal department <legal@fabrikam-mfg.example>");
		audit.expect(AuditAction.CASE_TRANSITIONED).detail("customer", "Fabrikam Manufacturing").assertRecorded();
	}

	@Test
	void a_redirect_is_refused_while_a_secrecy_order_forbids_telling_the_customer() {
		// given
		String reference = triaged(DecisionFixtures.enterpriseWarrantUnderSecrecy(officer()));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(() -> decide(reference, CaseAction.REDIRECT_TO_CUSTOMER, DANA, "enterprise account",
				new Decision.Redirect("Fabrikam Manufacturing", "Legal department", "legal@fabrikam-mfg.example",
						"Please go to the customer.")))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("secrecy order");
		assertThat(this.review.find(reference).orElseThrow().state()).isEqualTo(CaseState.TRIAGE);
		assertThat(this.outcomes.notices(reference)).isEmpty();
		audit.expect(AuditAction.CASE_ACTION_REFUSED).detail("action", "REDIRECT_TO_CUSTOMER").assertRecorded();
	}

	@Test
	void a_challenge_is_due_on_its_filing_day_and_its_outcome_sends_the_case_back_to_triage() {
		// given
		String reference = triaged(DemandFixtures.aSubpoena(officer()));
		LocalDate dueOn = LocalDate.now().plusDays(10);
		// when
		CaseView challenged = decide(reference, CaseAction.CHALLENGE, DANA, "overbroad period",
				new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, dueOn));
		CaseView resolved = decide(reference, CaseAction.RESOLVE_CHALLENGE, DANA, "order of the court",
				new Decision.ChallengeResolved(ChallengeOutcome.DENIED));
		// then
		assertThat(challenged.state()).isEqualTo(CaseState.CHALLENGED);
		assertThat(challenged.due()).isNotNull();
		assertThat(challenged.decided().challenge().dueOn()).isEqualTo(dueOn);
		assertThat(resolved.state()).isEqualTo(CaseState.TRIAGE);
		assertThat(resolved.decided().challenge().outcome()).isEqualTo(ChallengeOutcome.DENIED);
		assertThat(this.outcomes.notices(reference)).extracting(DecisionNotice::status)
			.containsExactly(DemandStatus.CHALLENGED, DemandStatus.RECEIVED);
		assertThat(status(reference)).isEqualTo(DemandStatus.RECEIVED);
	}

	@Test
	void routing_to_mlat_tells_the_requester_and_finishes_the_demand() {
		// given
		String reference = triaged(DemandFixtures.aSubpoena(officer()));
		// when
		CaseView routed = decide(reference, CaseAction.ROUTE_TO_MLAT, DANA,
				"Send the request through the US-German MLAT.", null);
		// then
		assertThat(routed.state()).isEqualTo(CaseState.ROUTED_TO_MLAT);
		assertThat(status(reference)).isEqualTo(DemandStatus.ROUTED_TO_MLAT);
		assertThat(lastNotice(reference).note()).contains("MLAT");
	}

	private String triaged(SubmitDemand demand) {
		String reference = this.intake.receive(demand).reference();
		this.review.act(CaseCommand.of(reference, version(reference), CaseAction.START_TRIAGE, DANA, "reading"));
		return reference;
	}

	private CaseView decide(String reference, CaseAction action, Reviewer actor, String reason, Decision decision) {
		return this.review.act(new CaseCommand(reference, version(reference), action, actor, reason, null, decision));
	}

	private int version(String reference) {
		return this.review.find(reference).orElseThrow().version();
	}

	private DemandStatus status(String reference) {
		return this.demands.detail(reference).orElseThrow().status();
	}

	private DecisionNotice lastNotice(String reference) {
		return this.outcomes.notices(reference).getLast();
	}

	private UserView officer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

}
