package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseView;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.review.Reviewer;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is decided on a case survives being kept in its columns: the production reads the
 * approved scope from there, exactly as it was approved.
 */
class CaseDecisionsTests {

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	@Test
	void an_approved_scope_is_read_back_exactly_as_it_was_approved() {
		// given
		ApprovalScope scope = new ApprovalScope(List.of("k.morrow@contosomail.example", "b.lee@contosomail.example"),
				List.of(DataCategory.IP_CONNECTION_HISTORY, DataCategory.BASIC_SUBSCRIBER_INFO),
				LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 31));
		// when
		CaseView.Decided decided = CaseDecisions.none()
			.after(command(CaseAction.APPROVE, new Decision.Approval(scope)), true)
			.view();
		// then
		assertThat(decided.scope()).isEqualTo(scope);
		assertThat(decided.narrowed()).isTrue();
		assertThat(decided.firstApprover()).isEqualTo(DANA.username());
	}

	@Test
	void an_approval_sent_back_leaves_nothing_approved_but_keeps_the_other_decisions() {
		// given
		CaseDecisions challenged = CaseDecisions.none()
			.after(command(CaseAction.CHALLENGE,
					new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, LocalDate.of(2026, 12, 1))), false)
			.after(command(CaseAction.APPROVE, new Decision.Approval(TestDecisions.SCOPE)), false);
		// when
		CaseView.Decided decided = challenged.approvalWithdrawn().view();
		// then
		assertThat(decided.scope()).isNull();
		assertThat(decided.firstApprover()).isNull();
		assertThat(decided.challenge()).isNotNull();
	}

	@Test
	void a_challenge_keeps_its_kind_and_due_day_when_its_outcome_arrives() {
		// given
		CaseDecisions filed = CaseDecisions.none()
			.after(command(CaseAction.CHALLENGE,
					new Decision.Challenge(ChallengeKind.COMITY_MOTION, LocalDate.of(2026, 12, 1))), false);
		// when
		CaseView.ChallengeView challenge = filed
			.after(command(CaseAction.RESOLVE_CHALLENGE, new Decision.ChallengeResolved(ChallengeOutcome.GRANTED)),
					false)
			.view()
			.challenge();
		// then
		assertThat(challenge).isEqualTo(new CaseView.ChallengeView(ChallengeKind.COMITY_MOTION,
				LocalDate.of(2026, 12, 1), ChallengeOutcome.GRANTED));
	}

	@Test
	void a_rejection_keeps_its_reasons_in_order() {
		// when
		CaseView.Decided decided = CaseDecisions.none()
			.after(command(CaseAction.REJECT,
					new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD"))), false)
			.view();
		// then
		assertThat(decided.rejectionReasons()).containsExactly("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD");
		assertThat(decided.scope()).isNull();
	}

	static CaseCommand command(CaseAction action, Decision decision) {
		return new CaseCommand("WR-TEST", 0, action, DANA, "because", null, decision);
	}

}
