package dev.writ.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Steps on a case as a reviewer who accepts the engine's recommendation takes them: an
 * approval of exactly the scope the engine allows, a rejection for the demand's missing
 * signature, a redirect to a customer contact, a motion to quash due in a week.
 */
public final class ReviewSteps {

	private ReviewSteps() {
	}

	public static CaseCommand step(CaseReview review, String reference, CaseAction action, Reviewer actor,
			String reason) {
		int version = review.find(reference).orElseThrow().version();
		return step(review, reference, version, action, actor, reason);
	}

	public static CaseCommand step(CaseReview review, String reference, int version, CaseAction action, Reviewer actor,
			String reason) {
		return new CaseCommand(reference, version, action, actor, reason, null, decision(review, reference, action));
	}

	private static @Nullable Decision decision(CaseReview review, String reference, CaseAction action) {
		return switch (action) {
			case APPROVE -> new Decision.Approval(review.bounds(reference).orElseThrow().engine());
			case REJECT -> new Decision.Rejection(List.of("UNSIGNED_OR_UNAUTHORIZED"));
			case REDIRECT_TO_CUSTOMER -> new Decision.Redirect("Northwind Traders", "Legal team",
					"legal@northwind.example", "Please direct your demand to the customer.");
			case CHALLENGE ->
				new Decision.Challenge(Decision.ChallengeKind.MOTION_TO_QUASH, LocalDate.now().plusDays(7));
			case RESOLVE_CHALLENGE -> new Decision.ChallengeResolved(Decision.ChallengeOutcome.DENIED);
			default -> null;
		};
	}

}
