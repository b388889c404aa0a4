package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseView;
import dev.writ.review.Decision;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeOutcome;
import dev.writ.shared.legal.Coded;
import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * What has been decided on a case, kept with it (columns of {@code review_case}): the
 * first approver and the approved scope, a rejection's reasons, the customer a demand
 * went to, the challenge filed and its outcome. The production reads the approved scope
 * and nothing else.
 */
@SuppressWarnings("checkstyle:ParameterNumber")
record CaseDecisions(@Nullable String firstApprover, boolean narrowed, @Nullable String approvedAccounts,
		@Nullable String approvedCategories, @Nullable LocalDate approvedFrom, @Nullable LocalDate approvedTo,
		@Nullable String rejectionReasons, @Nullable String redirectCustomer, @Nullable String redirectContactName,
		@Nullable String redirectContactEmail, @Nullable String redirectMessage, @Nullable ChallengeKind challengeKind,
		@Nullable LocalDate challengeDueOn, @Nullable ChallengeOutcome challengeOutcome) {

	static CaseDecisions none() {
		return new CaseDecisions(null, false, null, null, null, null, null, null, null, null, null, null, null, null);
	}

	/** The decisions after a step; steps that decide nothing leave them as they are. */
	CaseDecisions after(CaseCommand command, boolean narrowedScope) {
		String actor = command.actor().username();
		return switch (command.decision()) {
			case Decision.Approval(ApprovalScope scope) ->
				new CaseDecisions(actor, narrowedScope, String.join("\n", scope.accounts()),
						String.join(",", scope.categories().stream().map(DataCategory::code).toList()), scope.from(),
						scope.to(), this.rejectionReasons, null, null, null, null, this.challengeKind,
						this.challengeDueOn, this.challengeOutcome);
			case Decision.Rejection(List<String> reasons) -> withRejection(String.join(",", reasons));
			case Decision.Redirect r ->
				new CaseDecisions(null, false, null, null, null, null, null, r.customer(), r.contactName(),
						r.contactEmail(), r.message(), this.challengeKind, this.challengeDueOn, this.challengeOutcome);
			case Decision.Challenge(ChallengeKind kind, LocalDate dueOn) -> withChallenge(kind, dueOn, null);
			case Decision.ChallengeResolved(ChallengeOutcome outcome) ->
				withChallenge(this.challengeKind, this.challengeDueOn, outcome);
			case null -> this;
		};
	}

	/** A second reviewer sent the approval back: nothing is approved any more. */
	CaseDecisions approvalWithdrawn() {
		return new CaseDecisions(null, false, null, null, null, null, this.rejectionReasons, this.redirectCustomer,
				this.redirectContactName, this.redirectContactEmail, this.redirectMessage, this.challengeKind,
				this.challengeDueOn, this.challengeOutcome);
	}

	CaseView.Decided view() {
		ApprovalScope scope = (this.approvedAccounts == null) ? null : new ApprovalScope(
				List.of(this.approvedAccounts.split("\n")), categories(), this.approvedFrom, this.approvedTo);
		Decision.Redirect redirect = (this.redirectCustomer == null) ? null
				: new Decision.Redirect(this.redirectCustomer, String.valueOf(this.redirectContactName),
						String.valueOf(this.redirectContactEmail), String.valueOf(this.redirectMessage));
		CaseView.ChallengeView challenge = (this.challengeKind == null || this.challengeDueOn == null) ? null
				: new CaseView.ChallengeView(this.challengeKind, this.challengeDueOn, this.challengeOutcome);
		List<String> reasons = (this.rejectionReasons == null) ? List.of() : List.of(this.rejectionReasons.split(","));
		return new CaseView.Decided(this.firstApprover, this.narrowed, scope, reasons, redirect, challenge);
	}

	private List<DataCategory> categories() {
		if (this.approvedCategories == null || this.approvedCategories.isEmpty()) {
			return List.of();
		}
		return Arrays.stream(this.approvedCategories.split(","))
			.map(code -> Coded.parse(DataCategory.class, code))
			.toList();
	}

	private CaseDecisions withRejection(String reasons) {
		return new CaseDecisions(this.firstApprover, this.narrowed, this.approvedAccounts, this.approvedCategories,
				this.approvedFrom, this.approvedTo, reasons, this.redirectCustomer, this.redirectContactName,
				this.redirectContactEmail, this.redirectMessage, this.challengeKind, this.challengeDueOn,
				this.challengeOutcome);
	}

	private CaseDecisions withChallenge(@Nullable ChallengeKind kind, @Nullable LocalDate dueOn,
			@Nullable ChallengeOutcome outcome) {
		return new CaseDecisions(this.firstApprover, this.narrowed, this.approvedAccounts, this.approvedCategories,
				this.approvedFrom, this.approvedTo, this.rejectionReasons, this.redirectCustomer,
				this.redirectContactName, this.redirectContactEmail, this.redirectMessage, kind, dueOn, outcome);
	}

}
