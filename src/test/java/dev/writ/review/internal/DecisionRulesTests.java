package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import dev.writ.identity.Role;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.DecisionRefused;
import dev.writ.review.RejectionReasons;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.rules.ReasonCode;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.validation.InvalidInput;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each decisive action carries the particulars it needs, and they meet the law: reasons
 * from the vocabulary, no redirect under a secrecy order, a comity motion within 14 days
 * of service.
 */
class DecisionRulesTests {

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Reviewer CASEY = new Reviewer("casey.counsel@contoso-cloud.example", Role.COUNSEL);

	static final Set<CaseAction> DECISIVE = EnumSet.of(CaseAction.APPROVE, CaseAction.REJECT,
			CaseAction.REDIRECT_TO_CUSTOMER, CaseAction.CHALLENGE, CaseAction.RESOLVE_CHALLENGE);

	static final Decision.Redirect FABRIKAM = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
			"legal@fabrikam-mfg.example", "Please direct your demand to Fabrikam Manufacturing.");

	@Test
	void every_decisive_action_needs_its_particulars() {
		for (CaseAction action : DECISIVE) {
			// when / then
			assertThat(refusedField(() -> DecisionRules.check(command(action, null), TestDecisions.plain())))
				.as(action.name())
				.isEqualTo("decision");
			assertThatNoException().as(action.name())
				.isThrownBy(() -> DecisionRules.check(command(action, TestDecisions.decisionFor(action)),
						TestDecisions.plain()));
		}
	}

	@Test
	void the_particulars_of_another_action_are_refused() {
		for (CaseAction action : DECISIVE) {
			for (CaseAction other : DECISIVE) {
				if (other != action) {
					// given
					CaseCommand mismatched = command(action, TestDecisions.decisionFor(other));
					// when / then
					assertThat(refusedField(() -> DecisionRules.check(mismatched, TestDecisions.plain())))
						.as(action + " with the particulars of " + other)
						.isEqualTo("decision");
				}
			}
		}
		assertThatThrownBy(() -> DecisionRules
			.check(command(CaseAction.REJECT, new Decision.Approval(TestDecisions.SCOPE)), TestDecisions.plain()))
			.hasMessageContaining("a rejection needs its reasons");
	}

	@Test
	void a_step_that_decides_nothing_carries_nothing_but_its_reason() {
		for (CaseAction action : EnumSet.complementOf(EnumSet.copyOf(DECISIVE))) {
			// given
			CaseCommand carrying = command(action, new Decision.Rejection(List.of("OVERLY_BROAD")));
			// when / then
			assertThatThrownBy(() -> DecisionRules.check(carrying, TestDecisions.plain())).as(action.name())
				.isInstanceOfSatisfying(InvalidInput.class,
						refused -> assertThat(refused.field()).isEqualTo("decision"))
				.hasMessageContaining(action + " decides nothing beyond its reason");
			assertThat(DecisionRules.check(command(action, null), TestDecisions.plain())).as(action.name()).isFalse();
		}
	}

	@Test
	void an_approval_passes_the_scope_rule_and_tells_whether_it_narrows() {
		// given
		CaseCommand approve = command(CaseAction.APPROVE, new Decision.Approval(TestDecisions.SCOPE));
		ApprovalScope twoAccounts = new ApprovalScope(
				List.of("other@contoso-mail.example", "subject@contoso-mail.example"), TestDecisions.SCOPE.categories(),
				null, null);
		DecisionContext askedForTwo = context(new Bounds(twoAccounts, TestDecisions.SCOPE), new NoticeEmbargo.None());
		// when / then
		assertThat(DecisionRules.check(approve, TestDecisions.plain())).isFalse();
		assertThat(DecisionRules.check(approve, askedForTwo)).isTrue();
		assertThatThrownBy(() -> DecisionRules.check(approve, TestDecisions.blocking()))
			.isInstanceOfSatisfying(DecisionRefused.class, refused -> assertThat(refused.field()).isEqualTo("scope"));
		assertThatNoException()
			.isThrownBy(
					() -> DecisionRules.check(
							new CaseCommand("WR-TEST", 0, CaseAction.APPROVE, CASEY, "because",
									"the clerk confirmed the signature", approve.decision()),
							TestDecisions.blocking()));
	}

	@Test
	void a_rejection_gives_at_least_one_reason_and_only_reasons_of_the_vocabulary() {
		// when / then
		assertThat(refusedField(() -> DecisionRules.check(command(CaseAction.REJECT, new Decision.Rejection(List.of())),
				TestDecisions.plain())))
			.isEqualTo("reasons");
		for (String outside : List.of("PROCESS_SUFFICIENT", "NDO_ACTIVE", "ENTERPRISE_REDIRECT",
				"CONFLICT_OF_LAWS_COMITY", "overly_broad", "", "BECAUSE_WE_SAY_SO")) {
			assertThatThrownBy(() -> DecisionRules.check(
					command(CaseAction.REJECT, new Decision.Rejection(List.of("OVERLY_BROAD", outside))),
					TestDecisions.plain()))
				.as(outside)
				.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("reasons"))
				.hasMessageContaining("not a reason of the vocabulary: " + outside);
		}
		assertThatNoException().isThrownBy(() -> DecisionRules.check(
				command(CaseAction.REJECT, new Decision.Rejection(List.of("OVERLY_BROAD", "MATERIAL_MISTAKE"))),
				TestDecisions.plain()));
	}

	@Test
	void every_reason_of_the_vocabulary_is_accepted_and_each_refuses_or_withholds() {
		// given
		List<String> vocabulary = RejectionReasons.VOCABULARY.stream().map(ReasonCode::name).toList();
		// when / then
		assertThat(vocabulary).contains("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD", "FOREIGN_CONTENT_REQUIRES_MLAT")
			.doesNotContain("PROCESS_SUFFICIENT", "ENTERPRISE_REDIRECT", "DATE_RANGE_TRUNCATED");
		assertThat(DecisionRules.check(command(CaseAction.REJECT, new Decision.Rejection(vocabulary)),
				TestDecisions.plain()))
			.isFalse();
	}

	@Test
	void a_redirect_is_refused_while_a_secrecy_order_forbids_telling_the_customer() {
		// given
		CaseCommand redirect = command(CaseAction.REDIRECT_TO_CUSTOMER, FABRIKAM);
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(redirect,
				context(TestDecisions.plain().bounds(), new NoticeEmbargo.Until(LocalDate.of(2027, 5, 20)))))
			.isInstanceOfSatisfying(DecisionRefused.class, refused -> assertThat(refused.field()).isEqualTo("action"))
			.hasMessageContaining("secrecy order")
			.hasMessageContaining("until 2027-05-20");
		assertThatThrownBy(() -> DecisionRules.check(redirect,
				context(TestDecisions.plain().bounds(), new NoticeEmbargo.Indefinite())))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("secrecy order")
			.hasMessageContaining("with no end date");
		assertThat(DecisionRules.check(redirect, TestDecisions.plain())).isFalse();
	}

	@Test
	void a_redirect_names_the_customer_a_contact_a_real_address_and_what_the_requester_is_told() {
		// when / then
		assertThat(redirectRefusal(" ", "Legal department", "legal@fabrikam-mfg.example", "Go.")).isEqualTo("customer");
		assertThat(redirectRefusal("Fabrikam", "", "legal@fabrikam-mfg.example", "Go.")).isEqualTo("contactName");
		for (String address : List.of("legal at fabrikam", "legal@fabrikam", "@fabrikam-mfg.example",
				"legal department@fabrikam-mfg.example", "legal@@fabrikam-mfg.example", "")) {
			assertThat(redirectRefusal("Fabrikam", "Legal department", address, "Go.")).as(address)
				.isEqualTo("contactEmail");
		}
		assertThat(redirectRefusal("Fabrikam", "Legal department", "legal@fabrikam-mfg.example", " "))
			.isEqualTo("message");
	}

	@Test
	void a_challenge_due_in_the_past_is_refused_and_one_due_today_accepted() {
		// given
		CaseCommand late = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.MOTION_TO_QUASH, TestDecisions.TODAY.minusDays(1)));
		CaseCommand today = command(CaseAction.CHALLENGE,
				new Decision.Challenge(ChallengeKind.REASONED_OBJECTION, TestDecisions.TODAY));
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(late, TestDecisions.plain()))
			.isInstanceOfSatisfying(InvalidInput.class, refused -> assertThat(refused.field()).isEqualTo("dueOn"))
			.hasMessageContaining("has passed");
		assertThat(DecisionRules.check(today, TestDecisions.plain())).isFalse();
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
	void a_comity_motion_is_refused_once_the_14_days_after_service_have_run_out() {
		// given: served 20 days ago
		LocalDate today = TestDecisions.TODAY;
		DecisionContext servedLongAgo = new DecisionContext(false, TestDecisions.plain().bounds(),
				new NoticeEmbargo.None(), today.minusDays(20), today);
		CaseCommand comity = command(CaseAction.CHALLENGE, new Decision.Challenge(ChallengeKind.COMITY_MOTION, today));
		// when / then
		assertThatThrownBy(() -> DecisionRules.check(comity, servedLongAgo))
			.hasMessageContaining("by " + today.minusDays(6));
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

	static DecisionContext context(Bounds bounds, NoticeEmbargo embargo) {
		return new DecisionContext(false, bounds, embargo, TestDecisions.RECEIVED_ON, TestDecisions.TODAY);
	}

	static String redirectRefusal(String customer, String contactName, String contactEmail, String message) {
		Decision.Redirect redirect = new Decision.Redirect(customer, contactName, contactEmail, message);
		return refusedField(
				() -> DecisionRules.check(command(CaseAction.REDIRECT_TO_CUSTOMER, redirect), TestDecisions.plain()));
	}

	static String refusedField(ThrowingCallable check) {
		try {
			check.call();
		}
		catch (InvalidInput refused) {
			return refused.field();
		}
		catch (Throwable other) {
			throw new AssertionError("refused with " + other, other);
		}
		throw new AssertionError("not refused");
	}

}
