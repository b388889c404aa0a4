package dev.writ.review;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static dev.writ.review.CaseAction.APPROVE;
import static dev.writ.review.CaseAction.CHALLENGE;
import static dev.writ.review.CaseAction.CLOSE;
import static dev.writ.review.CaseAction.CONFIRM_APPROVAL;
import static dev.writ.review.CaseAction.CONVERT_HOLD;
import static dev.writ.review.CaseAction.DELIVER;
import static dev.writ.review.CaseAction.EXPIRE_HOLD;
import static dev.writ.review.CaseAction.EXTEND_HOLD;
import static dev.writ.review.CaseAction.HOLD_FOR_VERIFICATION;
import static dev.writ.review.CaseAction.PLACE_HOLD;
import static dev.writ.review.CaseAction.REDIRECT_TO_CUSTOMER;
import static dev.writ.review.CaseAction.REJECT;
import static dev.writ.review.CaseAction.REQUEST_INFORMATION;
import static dev.writ.review.CaseAction.RELEASE_HOLD;
import static dev.writ.review.CaseAction.RESOLVE_CHALLENGE;
import static dev.writ.review.CaseAction.RESUBMIT;
import static dev.writ.review.CaseAction.RETURN_TO_TRIAGE;
import static dev.writ.review.CaseAction.ROUTE_TO_MLAT;
import static dev.writ.review.CaseAction.SEND_DEFICIENCY_NOTICE;
import static dev.writ.review.CaseAction.START_PRODUCTION;
import static dev.writ.review.CaseAction.START_TRIAGE;
import static dev.writ.review.CaseAction.VERIFY_SENDER;
import static dev.writ.review.CaseAction.WITHDRAW;
import static dev.writ.review.CaseState.APPROVED;
import static dev.writ.review.CaseState.AWAITING_SECOND_APPROVAL;
import static dev.writ.review.CaseState.CHALLENGED;
import static dev.writ.review.CaseState.CLOSED;
import static dev.writ.review.CaseState.DEFICIENCY_SENT;
import static dev.writ.review.CaseState.DELIVERED;
import static dev.writ.review.CaseState.HELD_FOR_VERIFICATION;
import static dev.writ.review.CaseState.HOLD_CONVERTED;
import static dev.writ.review.CaseState.HOLD_EXPIRED;
import static dev.writ.review.CaseState.HOLD_EXTENDED;
import static dev.writ.review.CaseState.HOLD_PLACED;
import static dev.writ.review.CaseState.HOLD_RELEASED;
import static dev.writ.review.CaseState.IN_PRODUCTION;
import static dev.writ.review.CaseState.RECEIVED;
import static dev.writ.review.CaseState.REDIRECTED_TO_CUSTOMER;
import static dev.writ.review.CaseState.REJECTED;
import static dev.writ.review.CaseState.RESUBMITTED;
import static dev.writ.review.CaseState.ROUTED_TO_MLAT;
import static dev.writ.review.CaseState.TRIAGE;
import static dev.writ.review.CaseState.WITHDRAWN;

/**
 * The case lifecycle as one table: every legal move, and nothing else. The aggregate asks
 * it before each transition, the UI asks it which actions to offer, and
 * docs/review-lifecycle.md is checked against it.
 */
public final class Lifecycle {

	/** Every legal transition. A (state, action) pair not listed here is refused. */
	public static final List<Transition> TABLE = List.of(
			// the disclosure track
			row(RECEIVED, START_TRIAGE, TRIAGE), row(RESUBMITTED, START_TRIAGE, TRIAGE),
			row(HELD_FOR_VERIFICATION, VERIFY_SENDER, TRIAGE),
			row(RESUBMITTED, SEND_DEFICIENCY_NOTICE, DEFICIENCY_SENT),
			row(TRIAGE, REQUEST_INFORMATION, DEFICIENCY_SENT),
			row(RESUBMITTED, HOLD_FOR_VERIFICATION, HELD_FOR_VERIFICATION), row(RECEIVED, RESUBMIT, RESUBMITTED),
			row(TRIAGE, RESUBMIT, RESUBMITTED), row(DEFICIENCY_SENT, RESUBMIT, RESUBMITTED),
			row(HELD_FOR_VERIFICATION, RESUBMIT, RESUBMITTED),
			new Transition(TRIAGE, APPROVE, APPROVED, Condition.SINGLE_REVIEW),
			new Transition(TRIAGE, APPROVE, AWAITING_SECOND_APPROVAL, Condition.FOUR_EYES),
			row(AWAITING_SECOND_APPROVAL, CONFIRM_APPROVAL, APPROVED),
			row(AWAITING_SECOND_APPROVAL, RETURN_TO_TRIAGE, TRIAGE), row(TRIAGE, REJECT, REJECTED),
			row(HELD_FOR_VERIFICATION, REJECT, REJECTED), row(DEFICIENCY_SENT, REJECT, REJECTED),
			row(TRIAGE, REDIRECT_TO_CUSTOMER, REDIRECTED_TO_CUSTOMER), row(TRIAGE, CHALLENGE, CHALLENGED),
			row(CHALLENGED, RESOLVE_CHALLENGE, TRIAGE), row(TRIAGE, ROUTE_TO_MLAT, ROUTED_TO_MLAT),
			row(APPROVED, START_PRODUCTION, IN_PRODUCTION), row(IN_PRODUCTION, DELIVER, DELIVERED),
			// the preservation track
			row(TRIAGE, PLACE_HOLD, HOLD_PLACED), row(HOLD_PLACED, EXTEND_HOLD, HOLD_EXTENDED),
			row(HOLD_PLACED, EXPIRE_HOLD, HOLD_EXPIRED), row(HOLD_EXTENDED, EXPIRE_HOLD, HOLD_EXPIRED),
			row(HOLD_PLACED, RELEASE_HOLD, HOLD_RELEASED), row(HOLD_EXTENDED, RELEASE_HOLD, HOLD_RELEASED),
			row(HOLD_PLACED, CONVERT_HOLD, HOLD_CONVERTED), row(HOLD_EXTENDED, CONVERT_HOLD, HOLD_CONVERTED),
			row(HOLD_PLACED, WITHDRAW, HOLD_RELEASED), row(HOLD_EXTENDED, WITHDRAW, HOLD_RELEASED),
			// withdrawal before production, and the end
			row(RECEIVED, WITHDRAW, WITHDRAWN), row(HELD_FOR_VERIFICATION, WITHDRAW, WITHDRAWN),
			row(TRIAGE, WITHDRAW, WITHDRAWN), row(DEFICIENCY_SENT, WITHDRAW, WITHDRAWN),
			row(RESUBMITTED, WITHDRAW, WITHDRAWN), row(AWAITING_SECOND_APPROVAL, WITHDRAW, WITHDRAWN),
			row(APPROVED, WITHDRAW, WITHDRAWN), row(CHALLENGED, WITHDRAW, WITHDRAWN), row(REJECTED, CLOSE, CLOSED),
			row(REDIRECTED_TO_CUSTOMER, CLOSE, CLOSED), row(ROUTED_TO_MLAT, CLOSE, CLOSED),
			row(DELIVERED, CLOSE, CLOSED), row(HOLD_EXPIRED, CLOSE, CLOSED), row(HOLD_RELEASED, CLOSE, CLOSED),
			row(HOLD_CONVERTED, CLOSE, CLOSED));

	private Lifecycle() {
	}

	/**
	 * The state an action leads to, or empty when the action is illegal in that state.
	 * @param fourEyes whether the case needs a second reviewer's approval
	 */
	public static Optional<CaseState> next(CaseState from, CaseAction action, boolean fourEyes) {
		return TABLE.stream()
			.filter(t -> t.from() == from && t.action() == action && t.condition().holds(fourEyes))
			.map(Transition::to)
			.findFirst();
	}

	/** Whether the table has a row for the action in that state (under any condition). */
	public static boolean permits(CaseState from, CaseAction action) {
		return TABLE.stream().anyMatch(t -> t.from() == from && t.action() == action);
	}

	/**
	 * What staff may do in a state: the actions a page offers (actions of the requester
	 * and of Writ itself arrive through intake and the clock, never through a button).
	 */
	public static Set<CaseAction> allowedActions(CaseState state) {
		Set<CaseAction> actions = EnumSet.noneOf(CaseAction.class);
		TABLE.stream()
			.filter(t -> t.from() == state && t.action().origin() == CaseAction.Origin.STAFF)
			.forEach(t -> actions.add(t.action()));
		return actions;
	}

	/** As {@link #allowedActions(CaseState)}, for a case on the given track. */
	public static Set<CaseAction> allowedActions(CaseState state, CaseAction.Track track) {
		Set<CaseAction> actions = allowedActions(state);
		actions.removeIf(action -> !action.track().fits(track));
		return actions;
	}

	private static Transition row(CaseState from, CaseAction action, CaseState to) {
		return new Transition(from, action, to, Condition.ALWAYS);
	}

	/** One legal move. */
	public record Transition(CaseState from, CaseAction action, CaseState to, Condition condition) {

	}

	/** When a row applies. */
	public enum Condition {

		/** Always. */
		ALWAYS("always"),
		/** The four-eyes rule applies (an emergency, or content requested). */
		FOUR_EYES("four-eyes rule applies"),
		/** The four-eyes rule does not apply. */
		SINGLE_REVIEW("four-eyes rule does not apply");

		private final String label;

		Condition(String label) {
			this.label = label;
		}

		public String label() {
			return this.label;
		}

		boolean holds(boolean fourEyes) {
			return this == ALWAYS || (this == FOUR_EYES) == fourEyes;
		}

	}

}
