package dev.writ.review;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import dev.writ.audit.AuditTrail;
import dev.writ.demo.DemoLogin;
import dev.writ.identity.Role;
import dev.writ.identity.UserAccounts;
import dev.writ.identity.UserView;
import dev.writ.intake.DemandIntake;
import dev.writ.intake.DemandReceipt;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.validation.InvalidInput;
import dev.writ.testing.AuditAssertions;
import dev.writ.testing.DemandFixtures;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A demand submitted through intake becomes a case; the case is assigned and moved along
 * its lifecycle, every step audited; two reviewers acting on one version collide cleanly.
 */
@WritIntegrationTest
class CaseReviewIntegrationTests {

	static final Reviewer DANA = new Reviewer(DemoLogin.ANALYST.username(), Role.ANALYST);

	static final Reviewer LEE = new Reviewer(DemoLogin.SECOND_ANALYST.username(), Role.ANALYST);

	@Autowired
	DemandIntake intake;

	@Autowired
	CaseReview review;

	@Autowired
	UserAccounts users;

	@Autowired
	AuditTrail trail;

	@Test
	void a_submitted_subpoena_is_opened_assigned_triaged_and_approved_with_every_step_audited() {
		// given
		var audit = AuditAssertions.mark(this.trail);
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		String subject = "demand:" + receipt.reference();
		// when
		CaseView opened = this.review.find(receipt.reference()).orElseThrow();
		CaseView assigned = this.review.assign(receipt.reference(), opened.version(), DANA.username(), DANA,
				"taking it");
		CaseView triage = this.review
			.act(CaseCommand.of(receipt.reference(), assigned.version(), CaseAction.START_TRIAGE, DANA, "reading"));
		CaseView approved = this.review.act(ReviewSteps.step(this.review, receipt.reference(), triage.version(),
				CaseAction.APPROVE, DANA, "the engine's recommendation holds"));
		// then
		assertThat(opened.state()).isEqualTo(CaseState.RECEIVED);
		assertThat(opened.allowedActions()).containsExactly(CaseAction.START_TRIAGE);
		assertThat(approved.state()).isEqualTo(CaseState.APPROVED);
		assertThat(approved.assignee()).isEqualTo(DANA.username());
		assertThat(approved.history()).extracting(CaseView.CaseStep::action)
			.containsExactly(CaseAction.START_TRIAGE, CaseAction.APPROVE);
		assertThat(this.review.queue(new QueueFilter(CaseState.APPROVED, DANA.username(), false, null, null)))
			.extracting(CaseView::reference)
			.contains(receipt.reference());
		audit.expect(AuditAction.CASE_OPENED).subject(subject).detail("state", "RECEIVED").assertRecorded();
		audit.expect(AuditAction.CASE_ASSIGNED).subject(subject).actor(DANA.username()).assertRecorded();
		audit.expect(AuditAction.CASE_TRANSITIONED)
			.subject(subject)
			.actor(DANA.username())
			.detail("action", "APPROVE")
			.detail("to", "APPROVED")
			.detail("reason", "the engine's recommendation holds")
			.assertRecorded();
	}

	@Test
	void an_illegal_action_is_refused_naming_state_and_action_and_the_refusal_is_audited() {
		// given
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(() -> this.review
			.act(CaseCommand.of(receipt.reference(), 0, CaseAction.START_PRODUCTION, DANA, "in a hurry")))
			.isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("RECEIVED")
			.hasMessageContaining("START_PRODUCTION");
		audit.expect(AuditAction.CASE_ACTION_REFUSED)
			.subject("demand:" + receipt.reference())
			.detail("action", "START_PRODUCTION")
			.assertRecorded();
		assertThat(this.review.find(receipt.reference()).orElseThrow().state()).isEqualTo(CaseState.RECEIVED);
	}

	@Test
	void a_withdrawal_follows_intake_and_one_refused_by_the_lifecycle_refuses_intake_too() {
		// given
		UserView officer = anOfficer();
		DemandReceipt withdrawn = this.intake.receive(DemandFixtures.aSubpoena(officer));
		DemandReceipt inProduction = this.intake.receive(DemandFixtures.aSubpoena(officer));
		walk(inProduction.reference(), CaseAction.START_TRIAGE, CaseAction.APPROVE, CaseAction.START_PRODUCTION);
		// when
		this.intake.withdraw(withdrawn.reference(), officer.agencyId(), officer.username());
		// then
		assertThat(this.review.find(withdrawn.reference()).orElseThrow().state()).isEqualTo(CaseState.WITHDRAWN);
		assertThatThrownBy(() -> this.intake.withdraw(inProduction.reference(), officer.agencyId(), officer.username()))
			.isInstanceOf(InvalidInput.class)
			.hasMessageContaining("in production");
		assertThat(this.review.find(inProduction.reference()).orElseThrow().state()).isEqualTo(CaseState.IN_PRODUCTION);
	}

	@Test
	void a_second_reviewer_acting_on_the_same_version_is_told_the_case_changed_and_nothing_is_lost() {
		// given
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		int seen = this.review.find(receipt.reference()).orElseThrow().version();
		this.review.act(CaseCommand.of(receipt.reference(), seen, CaseAction.START_TRIAGE, DANA, "mine"));
		var audit = AuditAssertions.mark(this.trail);
		// when / then
		assertThatThrownBy(() -> this.review.assign(receipt.reference(), seen, LEE.username(), LEE, "mine too"))
			.isInstanceOf(CaseChangedElsewhere.class)
			.hasMessageContaining("changed by someone else");
		CaseView now = this.review.find(receipt.reference()).orElseThrow();
		assertThat(now.state()).isEqualTo(CaseState.TRIAGE);
		assertThat(now.assignee()).isNull();
		audit.expect(AuditAction.CASE_ACTION_REFUSED).actor(LEE.username()).assertRecorded();
	}

	@Test
	void two_concurrent_updates_of_one_version_let_exactly_one_through() throws Exception {
		// given
		DemandReceipt receipt = this.intake.receive(DemandFixtures.aSubpoena(anOfficer()));
		int seen = this.review.find(receipt.reference()).orElseThrow().version();
		CountDownLatch start = new CountDownLatch(1);
		List<Callable<CaseView>> both = List.of(
				() -> awaitThen(start, () -> this.review.assign(receipt.reference(), seen, DANA.username(), DANA, "a")),
				() -> awaitThen(start, () -> this.review.assign(receipt.reference(), seen, LEE.username(), LEE, "b")));
		ExecutorService pool = Executors.newFixedThreadPool(2);
		// when
		List<Future<CaseView>> results = new ArrayList<>();
		both.forEach(task -> results.add(pool.submit(task)));
		start.countDown();
		List<Object> outcomes = new ArrayList<>();
		for (Future<CaseView> result : results) {
			try {
				outcomes.add(result.get());
			}
			catch (java.util.concurrent.ExecutionException ex) {
				outcomes.add(ex.getCause());
			}
		}
		pool.shutdown();
		// then
		assertThat(outcomes).filteredOn(CaseView.class::isInstance).hasSize(1);
		assertThat(outcomes).filteredOn(CaseChangedElsewhere.class::isInstance).hasSize(1);
		CaseView winner = (CaseView) outcomes.stream().filter(CaseView.class::isInstance).findFirst().orElseThrow();
		assertThat(this.review.find(receipt.reference()).orElseThrow().assignee()).isEqualTo(winner.assignee());
	}

	private void walk(String reference, CaseAction... actions) {
		for (CaseAction action : actions) {
			int version = this.review.find(reference).orElseThrow().version();
			this.review.act(ReviewSteps.step(this.review, reference, version, action, DANA, "walking " + action));
		}
	}

	private static CaseView awaitThen(CountDownLatch start, Callable<CaseView> task) throws Exception {
		start.await();
		return task.call();
	}

	private UserView anOfficer() {
		return this.users.byUsername(DemoLogin.FBI_OFFICER.username()).orElseThrow();
	}

}
