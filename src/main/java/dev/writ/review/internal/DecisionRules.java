package dev.writ.review.internal;

import java.time.LocalDate;

import dev.writ.review.CaseCommand;
import dev.writ.review.Decision;
import dev.writ.review.Decision.Approval;
import dev.writ.review.Decision.Challenge;
import dev.writ.review.Decision.ChallengeKind;
import dev.writ.review.Decision.ChallengeResolved;
import dev.writ.review.Decision.Redirect;
import dev.writ.review.Decision.Rejection;
import dev.writ.review.DecisionRefused;
import dev.writ.review.RejectionReasons;
import dev.writ.review.ScopeRule;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.validation.InvalidInput;
import org.jspecify.annotations.Nullable;

/**
 * The rules a decisive step's particulars must meet: an approval's scope, a rejection's
 * reasons, a redirect's customer contact (never while a secrecy order forbids telling the
 * customer), a challenge's due date (a comity motion within 14 days of service).
 */
final class DecisionRules {

	/** 18 U.S.C. 2703(h)(2): a comity motion is filed within 14 days of service. */
	static final int COMITY_MOTION_DAYS = 14;

	private DecisionRules() {
	}

	/**
	 * Checks the particulars the command's action needs.
	 * @return whether an approval is narrower than the demand asked
	 */
	static boolean check(CaseCommand command, DecisionContext context) {
		Decision decision = command.decision();
		return switch (command.action()) {
			case APPROVE -> ScopeRule.check(required(decision, Approval.class,
					"approving needs its scope: " + "the accounts, data categories and period to disclose")
				.scope(), context.bounds(), command.actor(), command.justification());
			case REJECT -> rejection(
					required(decision, Rejection.class, "a rejection needs its reasons, chosen from the vocabulary"));
			case REDIRECT_TO_CUSTOMER ->
				redirect(required(decision, Redirect.class, "a redirect needs the customer and its contact"),
						context.embargo());
			case CHALLENGE -> challenge(
					required(decision, Challenge.class, "a challenge needs its kind and the day the filing is due"),
					context);
			case RESOLVE_CHALLENGE -> {
				required(decision, ChallengeResolved.class, "say how the challenge ended");
				yield false;
			}
			default -> {
				InvalidInput.require(decision == null, "decision",
						command.action() + " decides nothing beyond its reason");
				yield false;
			}
		};
	}

	private static <D extends Decision> D required(@Nullable Decision decision, Class<D> type, String problem) {
		if (!type.isInstance(decision)) {
			throw new InvalidInput("decision", problem);
		}
		return type.cast(decision);
	}

	private static boolean rejection(Rejection rejection) {
		InvalidInput.require(!rejection.reasons().isEmpty(), "reasons",
				"choose at least one reason from the vocabulary");
		for (String reason : rejection.reasons()) {
			InvalidInput.require(RejectionReasons.find(reason).isPresent(), "reasons",
					"not a reason of the vocabulary: " + reason);
		}
		return false;
	}

	private static boolean redirect(Redirect redirect, NoticeEmbargo embargo) {
		if (!embargo.permitsNotice()) {
			String until = (embargo instanceof NoticeEmbargo.Until(LocalDate liftsOn)) ? " until " + liftsOn
					: " with no end date";
			throw new DecisionRefused("action", "a secrecy order forbids telling the customer about this demand" + until
					+ ": redirecting the requester to the customer would reveal it");
		}
		InvalidInput.require(!redirect.customer().isBlank(), "customer", "name the customer");
		InvalidInput.require(!redirect.contactName().isBlank(), "contactName", "name the customer's contact");
		InvalidInput.require(redirect.contactEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"), "contactEmail",
				"give the contact's e-mail address");
		InvalidInput.require(!redirect.message().isBlank(), "message", "write what the requester is told");
		return false;
	}

	private static boolean challenge(Challenge challenge, DecisionContext context) {
		InvalidInput.require(!challenge.dueOn().isBefore(context.today()), "dueOn",
				"the filing is due on " + challenge.dueOn() + ", which has passed");
		if (challenge.kind() == ChallengeKind.COMITY_MOTION) {
			LocalDate last = context.receivedOn().plusDays(COMITY_MOTION_DAYS);
			InvalidInput.require(!challenge.dueOn().isAfter(last), "dueOn",
					"a comity motion must be filed within 14 days of service (18 U.S.C. 2703(h)(2)): by " + last);
		}
		return false;
	}

}
