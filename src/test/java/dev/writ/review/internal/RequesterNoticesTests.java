package dev.writ.review.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.writ.identity.Role;
import dev.writ.intake.DecisionNotice;
import dev.writ.intake.DecisionNotice.Line;
import dev.writ.intake.DemandDetail;
import dev.writ.intake.DemandStatus;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.review.StatutoryClock;
import dev.writ.rules.ReasonCode;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static dev.writ.review.internal.TestDemands.FREIGHT;
import static dev.writ.review.internal.TestDemands.MORROW;
import static dev.writ.review.internal.TestDemands.finding;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the requester is told when review decides: a final approval, a rejection, a
 * request for information, a redirect, a challenge and its resolution, an MLAT referral.
 * Steps inside review tell them nothing.
 */
class RequesterNoticesTests {

	static final Instant NOW = Instant.parse("2026-11-03T17:00:00Z");

	static final StatutoryClock CLOCK = new StatutoryClock(Clock.fixed(NOW, ZoneOffset.UTC), ZoneId.of("UTC"));

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Reviewer SAM = new Reviewer("sam.analyst@contoso-cloud.example", Role.ANALYST);

	static final LocalDate JUNE = LocalDate.of(2025, 6, 1);

	static final LocalDate OCTOBER = LocalDate.of(2025, 10, 31);

	/** Both accounts, subscriber records and connection history, June to October. */
	static final ApprovalScope ASKED = new ApprovalScope(List.of(MORROW, FREIGHT),
			List.of(DataCategory.IP_CONNECTION_HISTORY, DataCategory.BASIC_SUBSCRIBER_INFO), JUNE, OCTOBER);

	static final DecisionContext ALL_ALLOWED = new DecisionContext(false, new Bounds(ASKED, ASKED),
			new NoticeEmbargo.None(), TestDecisions.RECEIVED_ON, TestDecisions.TODAY);

	static final DemandDetail PLAIN = TestDemands.demand(TestDemands.findings());

	@Test
	void an_approval_of_everything_asked_is_accepted_with_what_will_be_produced() {
		// when
		DecisionNotice notice = step(CaseState.TRIAGE, command(CaseAction.APPROVE, DANA, new Decision.Approval(ASKED)),
				PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.ACCEPTED);
		assertThat(notice.headline()).isEqualTo("Accepted");
		assertThat(notice.lines()).containsExactly(new Line(null, "Accounts: " + MORROW + ", " + FREIGHT, null),
				new Line(null, "Data: basic subscriber info, ip connection history", null),
				new Line(null, "Period: 2025-06-01 to 2025-10-31", null));
		assertThat(notice.note())
			.isEqualTo("We will produce what is listed above. The production reaches you through this portal.");
		assertThat(notice.reference()).isEqualTo("WR-TEST");
		assertThat(notice.actor()).isEqualTo(DANA.username());
		assertThat(notice.sentAt()).isNull();
	}

	@Test
	void a_narrowed_approval_is_accepted_in_part_and_lists_only_what_is_produced() {
		// given
		ApprovalScope morrowSubscriber = new ApprovalScope(List.of(MORROW), List.of(DataCategory.BASIC_SUBSCRIBER_INFO),
				null, null);
		DecisionContext noPeriod = new DecisionContext(false,
				new Bounds(new ApprovalScope(ASKED.accounts(), ASKED.categories(), null, null),
						new ApprovalScope(ASKED.accounts(), ASKED.categories(), null, null)),
				new NoticeEmbargo.None(), TestDecisions.RECEIVED_ON, TestDecisions.TODAY);
		ReviewCase reviewCase = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, false, null);
		CaseCommand approve = command(CaseAction.APPROVE, DANA, new Decision.Approval(morrowSubscriber));
		reviewCase.apply(approve, noPeriod, NOW);
		// when
		DecisionNotice notice = RequesterNotices.after(approve, CaseState.TRIAGE, reviewCase.view(CLOCK), PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.headline()).isEqualTo("Accepted in part");
		assertThat(notice.lines()).extracting(Line::text)
			.containsExactly("Accounts: " + MORROW, "Data: basic subscriber info");
		assertThat(notice.note()).startsWith("We will produce only what is listed above")
			.contains("the rest of the demand is not produced");
	}

	@Test
	void the_first_of_two_approvals_tells_the_requester_nothing_and_the_second_tells_the_approved_scope() {
		// given
		ReviewCase reviewCase = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, true, null);
		CaseCommand first = command(CaseAction.APPROVE, DANA, new Decision.Approval(ASKED));
		reviewCase.apply(first, ALL_ALLOWED, NOW);
		Optional<DecisionNotice> afterFirst = RequesterNotices.after(first, CaseState.TRIAGE, reviewCase.view(CLOCK),
				PLAIN);
		CaseCommand second = command(CaseAction.CONFIRM_APPROVAL, SAM, null);
		reviewCase.apply(second, ALL_ALLOWED, NOW);
		// when
		Optional<DecisionNotice> afterSecond = RequesterNotices.after(second, CaseState.AWAITING_SECOND_APPROVAL,
				reviewCase.view(CLOCK), PLAIN);
		// then
		assertThat(afterFirst).isEmpty();
		assertThat(afterSecond).hasValueSatisfying(notice -> {
			assertThat(notice.status()).isEqualTo(DemandStatus.ACCEPTED);
			assertThat(notice.actor()).isEqualTo(SAM.username());
			assertThat(notice.lines()).extracting(Line::text).contains("Period: 2025-06-01 to 2025-10-31");
		});
	}

	@Test
	void a_rejection_lists_its_reasons_with_their_meaning_and_the_law_the_engine_cited() {
		// given
		DemandDetail unsigned = TestDemands.demand(
				TestDemands.findings(finding("UNSIGNED_OR_UNAUTHORIZED", "blocking", "Fed. R. Crim. P. 17(a)", null)));
		CaseCommand reject = command(CaseAction.REJECT, DANA,
				new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED", "OVERLY_BROAD")));
		// when
		DecisionNotice notice = step(CaseState.TRIAGE, reject, unsigned).orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.REJECTED);
		assertThat(notice.headline()).isEqualTo("Rejected");
		assertThat(notice.lines())
			.containsExactly(
					new Line("UNSIGNED_OR_UNAUTHORIZED", ReasonCode.UNSIGNED_OR_UNAUTHORIZED.meaning(),
							"Fed. R. Crim. P. 17(a)"),
					new Line("OVERLY_BROAD", ReasonCode.OVERLY_BROAD.meaning(), null));
		assertThat(notice.note()).isEqualTo(reject.reason());
	}

	@Test
	void a_rejection_of_a_demand_held_for_verification_gives_the_note_but_no_reasons() {
		// given
		CaseCommand reject = command(CaseAction.REJECT, DANA,
				new Decision.Rejection(List.of("EMERGENCY_UNVERIFIED_SENDER")));
		// when
		DecisionNotice notice = step(CaseState.HELD_FOR_VERIFICATION, reject, PLAIN).orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.REJECTED);
		assertThat(notice.lines()).isEmpty();
		assertThat(notice.note()).isEqualTo(reject.reason());
	}

	@Test
	void a_request_for_information_is_a_deficiency_in_the_reviewer_s_words() {
		// when
		DecisionNotice notice = step(CaseState.TRIAGE, command(CaseAction.REQUEST_INFORMATION, DANA, null), PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.DEFICIENT);
		assertThat(notice.headline()).isEqualTo("More information needed");
		assertThat(notice.lines()).isEmpty();
		assertThat(notice.note()).isEqualTo("the reviewer's words");
	}

	@Test
	void a_redirect_names_the_customer_and_its_contact_and_sends_the_message_not_the_reason() {
		// given
		Decision.Redirect fabrikam = new Decision.Redirect("Fabrikam Manufacturing", "Legal department",
				"legal@fabrikam-mfg.example", "Please direct your demand to Fabrikam Manufacturing.");
		// when
		DecisionNotice notice = step(CaseState.TRIAGE, command(CaseAction.REDIRECT_TO_CUSTOMER, DANA, fabrikam), PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.REDIRECTED);
		assertThat(notice.lines()).extracting(Line::text)
			.containsExactly("Customer: Fabrikam Manufacturing",
					"Contact: Legal department <legal@fabrikam-mfg.example>");
		assertThat(notice.note()).isEqualTo(fabrikam.message());
	}

	@Test
	void a_challenge_tells_what_will_be_filed_and_by_when_but_not_the_reviewer_s_reason() {
		// given
		LocalDate due = TestDecisions.RECEIVED_ON.plusDays(14);
		// when
		DecisionNotice notice = step(CaseState.TRIAGE,
				command(CaseAction.CHALLENGE, DANA, new Decision.Challenge(ChallengeKind.COMITY_MOTION, due)), PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.CHALLENGED);
		assertThat(notice.headline()).isEqualTo("Objected to");
		assertThat(notice.lines()).extracting(Line::text)
			.containsExactly("Comity motion, 18 U.S.C. 2703(h), to be filed by " + due);
		assertThat(notice.note()).contains("Nothing is produced while the objection is open")
			.doesNotContain("the reviewer's words");
	}

	@Test
	void a_resolved_challenge_puts_the_demand_back_under_review() {
		// when
		DecisionNotice notice = step(CaseState.CHALLENGED, command(CaseAction.RESOLVE_CHALLENGE, DANA,
				new Decision.ChallengeResolved(ChallengeOutcome.GRANTED_IN_PART)), PLAIN)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.RECEIVED);
		assertThat(notice.headline()).isEqualTo("Objection resolved: granted in part");
		assertThat(notice.lines()).isEmpty();
	}

	@Test
	void an_mlat_referral_lists_the_findings_that_route_it_and_nothing_else() {
		// given
		DemandDetail foreign = TestDemands
			.demand(TestDemands.findings(finding("FOREIGN_CONTENT_REQUIRES_MLAT", "blocking", "18 U.S.C. 2702", MORROW),
					finding("FOREIGN_CONTENT_REQUIRES_MLAT", "blocking", "18 U.S.C. 2702", MORROW),
					finding("AGREEMENT_TARGETING_RESTRICTION", "blocking", "18 U.S.C. 2523(b)", FREIGHT),
					finding("AGREEMENT_ORDER_VALID", "info", "18 U.S.C. 2702(b)(9)", MORROW),
					finding("NDO_ACTIVE", "info", "18 U.S.C. 2705(b)", null)));
		// when
		DecisionNotice notice = step(CaseState.TRIAGE, command(CaseAction.ROUTE_TO_MLAT, DANA, null), foreign)
			.orElseThrow();
		// then
		assertThat(notice.status()).isEqualTo(DemandStatus.ROUTED_TO_MLAT);
		assertThat(notice.headline()).isEqualTo("Refer to mutual legal assistance");
		assertThat(notice.lines()).containsExactly(
				new Line("FOREIGN_CONTENT_REQUIRES_MLAT", "message of FOREIGN_CONTENT_REQUIRES_MLAT", "18 U.S.C. 2702"),
				new Line("AGREEMENT_TARGETING_RESTRICTION", "message of AGREEMENT_TARGETING_RESTRICTION",
						"18 U.S.C. 2523(b)"));
		assertThat(notice.note()).isEqualTo("the reviewer's words");
	}

	@Test
	void steps_inside_review_tell_the_requester_nothing() {
		// given: each step, from a state it is legal in
		Map<CaseAction, CaseState> steps = Map.of(CaseAction.START_TRIAGE, CaseState.RECEIVED, CaseAction.VERIFY_SENDER,
				CaseState.HELD_FOR_VERIFICATION, CaseAction.RETURN_TO_TRIAGE, CaseState.AWAITING_SECOND_APPROVAL,
				CaseAction.START_PRODUCTION, CaseState.APPROVED, CaseAction.DELIVER, CaseState.IN_PRODUCTION,
				CaseAction.CLOSE, CaseState.DELIVERED);
		steps.forEach((action, from) -> {
			// when / then
			assertThat(step(from, command(action, SAM, null), PLAIN)).as(action.name()).isEmpty();
		});
	}

	static Optional<DecisionNotice> step(CaseState from, CaseCommand command, DemandDetail demand) {
		ReviewCase reviewCase = ReviewCase.restore(from, Track.DISCLOSURE, false, DANA.username());
		reviewCase.apply(command, ALL_ALLOWED, NOW);
		return RequesterNotices.after(command, from, reviewCase.view(CLOCK), demand);
	}

	static CaseCommand command(CaseAction action, Reviewer actor, @Nullable Decision decision) {
		return new CaseCommand("WR-TEST", 0, action, actor, "the reviewer's words", null, decision);
	}

}
