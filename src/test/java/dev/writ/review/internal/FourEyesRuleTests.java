package dev.writ.review.internal;

import java.time.Instant;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.DecisionRefused;
import dev.writ.review.FourEyesRule;
import dev.writ.review.Reviewer;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The four-eyes rule: emergencies and content disclosures need a second, different
 * reviewer's approval before they leave review.
 */
class FourEyesRuleTests {

	static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Reviewer SAM = new Reviewer("sam.analyst@contoso-cloud.example", Role.ANALYST);

	@Test
	void content_or_an_emergency_needs_two_reviewers_basic_subscriber_records_one() {
		// when / then
		assertThat(FourEyesRule.applies(false, List.of(DataCategory.EMAIL_CONTENT))).isTrue();
		assertThat(FourEyesRule.applies(true, List.of(DataCategory.BASIC_SUBSCRIBER_INFO))).isTrue();
		assertThat(FourEyesRule.applies(false,
				List.of(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS)))
			.isFalse();
		assertThat(FourEyesRule.emergency(ProcessType.EMERGENCY_REQUEST, null)).isTrue();
		assertThat(FourEyesRule.emergency(ProcessType.EUROPEAN_PRODUCTION_ORDER, true)).isTrue();
		assertThat(FourEyesRule.emergency(ProcessType.SEARCH_WARRANT, false)).isFalse();
	}

	@Test
	void a_first_approval_of_a_content_disclosure_waits_for_a_second_reviewer() {
		// given
		ReviewCase warrant = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, true, null);
		// when
		CaseState state = warrant.apply(command(CaseAction.APPROVE, DANA), TestDecisions.plain(), NOW);
		// then
		assertThat(state).isEqualTo(CaseState.AWAITING_SECOND_APPROVAL);
		assertThat(warrant.allowedActions()).doesNotContain(CaseAction.START_PRODUCTION);
	}

	@Test
	void the_same_reviewer_cannot_give_the_second_approval() {
		// given
		ReviewCase warrant = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, true, null);
		warrant.apply(command(CaseAction.APPROVE, DANA), TestDecisions.plain(), NOW);
		// when / then
		assertThatThrownBy(() -> warrant.apply(command(CaseAction.CONFIRM_APPROVAL, DANA), TestDecisions.plain(), NOW))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("different reviewer");
		assertThat(warrant.state()).isEqualTo(CaseState.AWAITING_SECOND_APPROVAL);
	}

	@Test
	void a_different_reviewer_approves_and_the_case_may_leave_review() {
		// given
		ReviewCase warrant = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, true, null);
		warrant.apply(command(CaseAction.APPROVE, DANA), TestDecisions.plain(), NOW);
		// when
		CaseState state = warrant.apply(command(CaseAction.CONFIRM_APPROVAL, SAM), TestDecisions.plain(), NOW);
		// then
		assertThat(state).isEqualTo(CaseState.APPROVED);
		assertThat(warrant.allowedActions()).contains(CaseAction.START_PRODUCTION);
	}

	@Test
	void someone_who_does_not_review_cannot_give_the_second_approval() {
		// given
		ReviewCase warrant = ReviewCase.restore(CaseState.AWAITING_SECOND_APPROVAL, Track.DISCLOSURE, true,
				DANA.username());
		Reviewer admin = new Reviewer("admin@contoso-cloud.example", Role.ADMIN);
		// when / then
		assertThatThrownBy(() -> warrant.apply(command(CaseAction.CONFIRM_APPROVAL, admin), TestDecisions.plain(), NOW))
			.isInstanceOf(DecisionRefused.class);
	}

	@Test
	void a_subpoena_for_subscriber_records_is_approved_by_one_reviewer() {
		// given
		ReviewCase subpoena = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, false, null);
		// when / then
		assertThat(subpoena.apply(command(CaseAction.APPROVE, DANA), TestDecisions.plain(), NOW))
			.isEqualTo(CaseState.APPROVED);
	}

	static CaseCommand command(CaseAction action, Reviewer actor) {
		return TestDecisions.command(action, actor, "scope matches the warrant", null);
	}

}
