package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseCommand;
import dev.writ.review.Decision;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * Decision contexts and the particulars each decisive action needs, for tests of the
 * aggregate.
 */
final class TestDecisions {

	static final LocalDate RECEIVED_ON = LocalDate.of(2026, 11, 2);

	static final LocalDate TODAY = LocalDate.of(2026, 11, 3);

	/** What the demand asked for, all of which the engine allows. */
	static final ApprovalScope SCOPE = new ApprovalScope(List.of("subject@contoso-mail.example"),
			List.of(DataCategory.BASIC_SUBSCRIBER_INFO), null, null);

	private TestDecisions() {
	}

	/** The engine allows everything asked and blocks nothing. */
	static DecisionContext plain() {
		return new DecisionContext(false, new Bounds(SCOPE, SCOPE), new NoticeEmbargo.None(), RECEIVED_ON, TODAY);
	}

	/** The engine has a blocking finding and would release nothing. */
	static DecisionContext blocking() {
		return new DecisionContext(true, new Bounds(SCOPE, ApprovalScope.nothing()), new NoticeEmbargo.None(),
				RECEIVED_ON, TODAY);
	}

	static CaseCommand command(CaseAction action, Reviewer actor, String reason, @Nullable String justification) {
		return new CaseCommand("WR-TEST", 0, action, actor, reason, justification, decisionFor(action));
	}

	/** A valid decision for each decisive action; null for the others. */
	static @Nullable Decision decisionFor(CaseAction action) {
		return switch (action) {
			case APPROVE -> new Decision.Approval(SCOPE);
			case REJECT -> new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED"));
			case REDIRECT_TO_CUSTOMER -> new Decision.Redirect("Northwind Traders", "Legal team",
					"legal@northwind.example", "Please direct your demand to the customer.");
			case CHALLENGE -> new Decision.Challenge(Decision.ChallengeKind.MOTION_TO_QUASH, TODAY.plusDays(7));
			case RESOLVE_CHALLENGE -> new Decision.ChallengeResolved(Decision.ChallengeOutcome.DENIED);
			default -> null;
		};
	}

}
