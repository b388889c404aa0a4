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
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What is decided on a case survives being kept in its columns: the production reads the
 * approved scope from there, exactly as it was approved.
 */
class CaseDecisionsTests {

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	static final Decision.Redirect FABRIKAM = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
			"legal@fabrikam-mfg.example", "Please direct your demand to Fabrikam Manufacturing.");

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
		assertThat(decided.scope().accounts()).containsExactly("k.morrow@contosomail.example",
				"b.lee@contosomail.example");
		assertThat(decided.scope().categories()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.IP_CONNECTION_HISTORY);
		assertThat(decided.scope().from()).isEqualTo(LocalDate.of(2025, 6, 1));
		assertThat(decided.scope().to()).isEqualTo(LocalDate.of(2025, 10, 31));
		assertThat(decided.narrowed()).isTrue();
		assertThat(decided.firstApprover()).isEqualTo(DANA.username());
	}

	@Test
	void an_approved_scope_is_kept_as_account_lines_and_category_codes() {
		// given
		ApprovalScope scope = new ApprovalScope(List.of("k.morrow@contosomail.example", "b.lee@contosomail.example"),
				List.of(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO), null, null);
		// when
		CaseDecisions kept = CaseDecisions.none()
			.after(command(CaseAction.APPROVE, new Decision.Approval(scope)), false);
		// then
		assertThat(kept.approvedAccounts()).isEqualTo("k.morrow@contosomail.example\nb.lee@contosomail.example");
		assertThat(kept.approvedCategories()).isEqualTo("basic_subscriber_info,email_content");
		assertThat(kept.approvedFrom()).isNull();
		assertThat(kept.approvedTo()).isNull();
		assertThat(kept.view().scope()).isEqualTo(scope);
		assertThat(kept.view().scope().hasPeriod()).isFalse();
		assertThat(kept.view().narrowed()).isFalse();
	}

	@Test
	void every_data_category_survives_the_round_trip() {
		// given
		ApprovalScope everything = new ApprovalScope(List.of("k.morrow@contosomail.example"),
				List.of(DataCategory.values()), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
		// when
		ApprovalScope read = CaseDecisions.none()
			.after(command(CaseAction.APPROVE, new Decision.Approval(everything)), false)
			.view()
			.scope();
		// then
		assertThat(read).isEqualTo(everything);
		assertThat(read.categories()).containsExactly(DataCategory.values());
	}

	@Test
	void an_approval_sent_back_leaves_nothing_approved_but_keeps_the_other_decisions() {
		// given: every column filled, as no single path through the lifecycle does
		CaseDecisions all = new CaseDecisions(DANA.username(), true, "k.morrow@contosomail.example",
				"basic_subscriber_info", LocalDate.of(2025, 6, 1), LocalDate.of(2025, 10, 31), "OVERLY_BROAD",
				FABRIKAM.customer(), FABRIKAM.contactName(), FABRIKAM.contactEmail(), FABRIKAM.message(),
				ChallengeKind.MOTION_TO_QUASH, DUE, ChallengeOutcome.DENIED);
		// when
		CaseView.Decided decided = all.approvalWithdrawn().view();
		// then
		assertThat(decided.scope()).isNull();
		assertThat(decided.firstApprover()).isNull();
		assertThat(decided.narrowed()).isFalse();
		assertThat(decided.rejectionReasons()).containsExactly("OVERLY_BROAD");
		assertThat(decided.redirect()).isEqualTo(FABRIKAM);
		assertThat(decided.challenge())
			.isEqualTo(new CaseView.ChallengeView(ChallengeKind.MOTION_TO_QUASH, DUE, ChallengeOutcome.DENIED));
	}

	@Test
	void an_approval_sent_back_after_a_challenge_keeps_the_challenge() {
		// given
		CaseDecisions approved = CaseDecisions.none()
			.after(command(CaseAction.CHALLENGE, new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, DUE)), false)
			.after(command(CaseAction.RESOLVE_CHALLENGE, new Decision.ChallengeResolved(ChallengeOutcome.DENIED)),
					false)
			.after(command(CaseAction.APPROVE, new Decision.Approval(TestDecisions.SCOPE)), false);
		// when
		CaseView.Decided decided = approved.approvalWithdrawn().view();
		// then
		assertThat(approved.view().challenge()).isNotNull();
		assertThat(decided.scope()).isNull();
		assertThat(decided.firstApprover()).isNull();
		assertThat(decided.challenge())
			.isEqualTo(new CaseView.ChallengeView(ChallengeKind.MOTION_TO_QUASH, DUE, ChallengeOutcome.DENIED));
	}

	@Test
	void a_challenge_keeps_its_kind_and_due_day_when_its_outcome_arrives() {
		// given
		CaseDecisions filed = CaseDecisions.none()
			.after(command(CaseAction.CHALLENGE, new Decision.Challenge(ChallengeKind.COMITY_MOTION, DUE)), false);
		// when
		CaseView.ChallengeView challenge = filed
			.after(command(CaseAction.RESOLVE_CHALLENGE, new Decision.ChallengeResolved(ChallengeOutcome.GRANTED)),
					false)
			.view()
			.challenge();
		// then
		assertThat(filed.view().challenge())
			.isEqualTo(new CaseView.ChallengeView(ChallengeKind.COMITY_MOTION, DUE, null));
		assertThat(challenge)
			.isEqualTo(new CaseView.ChallengeView(ChallengeKind.COMITY_MOTION, DUE, ChallengeOutcome.GRANTED));
	}

	@Test
	void a_new_challenge_after_a_resolved_one_is_pending_again() {
		// given
		CaseDecisions resolved = CaseDecisions.none()
			.after(command(CaseAction.CHALLENGE, new Decision.Challenge(ChallengeKind.COMITY_MOTION, DUE)), false)
			.after(command(CaseAction.RESOLVE_CHALLENGE,
					new Decision.ChallengeResolved(ChallengeOutcome.GRANTED_IN_PART)), false);
		// when
		CaseView.ChallengeView again = resolved
			.after(command(CaseAction.CHALLENGE,
					new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, DUE.plusDays(10))), false)
			.view()
			.challenge();
		// then
		assertThat(again).isEqualTo(new CaseView.ChallengeView(ChallengeKind.MOTION_TO_QUASH, DUE.plusDays(10), null));
	}

	@Test
	void a_rejection_keeps_its_reasons_in_order() {
		// when
		CaseView.Decided decided = CaseDecisions.none()
			.after(command(CaseAction.REJECT,
					new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD", "OVERLY_BROAD"))), false)
			.view();
		// then
		assertThat(decided.rejectionReasons()).containsExactly("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD");
		assertThat(decided.scope()).isNull();
	}

	@Test
	void a_redirect_is_kept_with_its_contact_and_message() {
		// when
		CaseView.Decided decided = CaseDecisions.none()
			.after(command(CaseAction.REDIRECT_TO_CUSTOMER, FABRIKAM), false)
			.view();
		// then
		assertThat(decided.redirect()).isEqualTo(FABRIKAM);
		assertThat(decided.scope()).isNull();
		assertThat(decided.rejectionReasons()).isEmpty();
	}

	@Test
	void a_step_that_decides_nothing_leaves_the_decisions_as_they_are() {
		// given
		CaseDecisions approved = CaseDecisions.none()
			.after(command(CaseAction.APPROVE, new Decision.Approval(TestDecisions.SCOPE)), true);
		// when
		CaseDecisions confirmed = approved.after(command(CaseAction.CONFIRM_APPROVAL, null), false);
		// then
		assertThat(confirmed).isEqualTo(approved);
		assertThat(confirmed.view().narrowed()).isTrue();
		assertThat(CaseDecisions.none().view())
			.isEqualTo(new CaseView.Decided(null, false, null, List.of(), null, null));
	}

	static CaseCommand command(CaseAction action, @Nullable Decision decision) {
		return new CaseCommand("WR-TEST", 0, action, DANA, "because", null, decision);
	}

}
