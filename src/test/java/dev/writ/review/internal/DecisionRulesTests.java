package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.DecisionRefused;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Each decisive action carries the particulars it needs, and they meet the law: reasons
 * from the vocabulary, no redirect under a secrecy order, a comity motion within 14 days
 * of service.
 */
class DecisionRulesTests {

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Decision.Redirect FABRIKAM = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
			"legal@fabrikam-mfg.example", "Please direct your demand to Fabrikam Manufacturing.");

	@Test
	void every_decisive_action_needs_its_particulars() {
		for (CaseAction action : List.of(CaseAction.APPROVE, CaseAction.REJECT, CaseAction.REDIRECT_TO_CUSTOMER,
				CaseAction.CHALLENGE, CaseAction.RESOLVE_CHALLENGE)) {
			// when / then
			assertThatThrownBy(() -> DecisionRules.check(command(action, null), TestDecisions.plain()))
				.as(action.name())
				.isInstanceOfSatisfying(InvalidInput.class,
						refused -> assertThat(refused.field()).isEqualTo("decision"));
		}
	}

	@Test
	void the_particulars_of_another_action_are_refused() {
		// given
		CaseCommand rejectingWithAScope = command(CaseAction.REJECT, new Decision.Approval(TestDecisions.SCOPE));
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(rejectingWithAScope, TestDecisions.plain()))
			.hasMessageContaining("a rejection needs its reasons");
	}

	@Test
	void a_step_that_decides_nothing_carries_nothing_but_its_reason() {
		// given
		CaseCommand triage = command(CaseAction.START_TRIAGE, new Decision.Rejection(List.of("OVERLY_BROAD")));
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(triage, TestDecisions.plain()))
			.hasMessageContaining("START_TRIAGE decides nothing beyond its reason");
		assertThat(DecisionRules.check(command(CaseAction.START_TRIAGE, null), TestDecisions.plain())).isFalse();
	}

	@Test
	void a_rejection_gives_at_least_one_reason_and_only_reasons_of_the_vocabulary() {
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(command(CaseAction.REJECT, new Decision.Rejection(List.of())),
				TestDecisions.plain()))
			.hasMessageContaining("at least one reason");
		assertThatThrownBy(() -> DecisionRules.check(
				command(CaseAction.REJECT, new Decision.Rejection(List.of("PROCESS_SUFFICIENT"))),
				TestDecisions.plain()))
			.hasMessageContaining("not a reason of the vocabulary: PROCESS_SUFFICIENT");
		assertThatNoException().isThrownBy(() -> DecisionRules.check(
				command(CaseAction.REJECT, new Decision.Rejection(List.of("OVERLY_BROAD", "MATERIAL_MISTAKE"))),
				TestDecisions.plain()));
	}

	@Test
	void a_redirect_is_refused_while_a_secrecy_order_forbids_telling_the_customer() {
		// given
		CaseCommand redirect = command(CaseAction.REDIRECT_TO_CUSTOMER, FABRIKAM);
		// when / then
		assertThatThrownBy(
				() -> DecisionRules.check(redirect, embargoed(new NoticeEmbargo.Until(LocalDate.of(2027, 5, 20)))))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("secrecy order")
			.hasMessageContaining("until 2027-05-20");
		assertThatThrownBy(() -> DecisionRules.check(redirect, embargoed(new NoticeEmbargo.Indefinite())))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("with no end date");
		assertThatNoException().isThrownBy(() -> DecisionRules.check(redirect, TestDecisions.plain()));
	}

	@Test
	void a_redirect_names_the_customer_a_contact_a_real_address_and_what_the_requester_is_told() {
		// given
		Decision.Redirect badAddress = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
				"legal at fabrikam", "Please go to the customer.");
		Decision.Redirect noMessage = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
				"legal@fabrikam-mfg.example", " ");
		// when / then
		assertThatThrownBy(
				() -> DecisionRules.check(command(CaseAction.REDIRECT_TO_CUSTOMER, badAddress), TestDecisions.plain()))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.field()).isEqualTo("contactEmail"));
		assertThatThrownBy(
				() -> DecisionRules.check(command(CaseAction.REDIRECT_TO_CUSTOMER, noMessage), TestDecisions.plain()))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("message"));
	}

	@Test
	void a_challenge_due_in_the_past_is_refused() {
		// given
		CaseCommand late = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, TestDecisions.TODAY.minusDays(1)));
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(late, TestDecisions.plain())).hasMessageContaining("has passed");
	}

	@Test
	void a_comity_motion_is_due_within_14_days_of_service() {
		// given
		LocalDate served = TestDecisions.RECEIVED_ON;
		CaseCommand onDay14 = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.COMITY_MOTION, served.plusDays(14)));
		CaseCommand onDay15 = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.COMITY_MOTION, served.plusDays(15)));
		// when / then
		assertThatNoException().isThrownBy(() -> DecisionRules.check(onDay14, TestDecisions.plain()));
		assertThatThrownBy(() -> DecisionRules.check(onDay15, TestDecisions.plain()))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("dueOn"))
			.hasMessageContaining("18 U.S.C. 2703(h)(2)")
			.hasMessageContaining("by " + served.plusDays(14));
	}

	@Test
	void a_motion_to_quash_may_be_due_later_than_14_days() {
		// given
		CaseCommand later = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, TestDecisions.RECEIVED_ON.plusDays(30)));
		// when / then
		assertThatNoException().isThrownBy(() -> DecisionRules.check(later, TestDecisions.plain()));
	}

	static CaseCommand command(CaseAction action, @Nullable Decision decision) {
		return new CaseCommand("WR-TEST", 0, action, DANA, "because", null, decision);
	}

	static DecisionContext embargoed(NoticeEmbargo embargo) {
		DecisionContext plain = TestDecisions.plain();
		return new DecisionContext(false, new Bounds(TestDecisions.SCOPE, TestDecisions.SCOPE), embargo,
				plain.receivedOn(), plain.today());
	}

}
