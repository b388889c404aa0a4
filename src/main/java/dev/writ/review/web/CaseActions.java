package dev.writ.review.web;

import java.util.Locale;

import dev.writ.review.CaseAction;
import dev.writ.review.DecisionRefused;
import dev.writ.review.IllegalTransition;
import dev.writ.shared.validation.InvalidInput;

/**
 * How the case page names actions and explains refusals.
 */
final class CaseActions {

	private CaseActions() {
	}

	static CaseAction parse(String action) {
		try {
			return CaseAction.valueOf(action);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidInput("action", "no such action: " + (action.isBlank() ? "(none)" : action));
		}
	}

	static String label(CaseAction action) {
		String words = action.name().toLowerCase(Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

	/**
	 * What the reason field of an action's form is called: where the requester reads it,
	 * the label says so.
	 */
	static String reasonLabel(CaseAction action) {
		return switch (action) {
			case REJECT -> "Note to the requester (sent with the reasons)";
			case REQUEST_INFORMATION -> "What the requester must provide (sent to them)";
			case ROUTE_TO_MLAT -> "Note to the requester (sent to them)";
			default -> "Reason (for the case record; not sent)";
		};
	}

	/** A refusal in words that say why. */
	static String refusal(InvalidInput refused) {
		if (refused instanceof IllegalTransition) {
			return "Not allowed now: " + refused.problem() + ".";
		}
		if (refused instanceof DecisionRefused) {
			String problem = refused.problem();
			if (problem.contains("second approval")) {
				return "Refused: this case needs a second reviewer. " + capitalised(problem) + ".";
			}
			if (problem.contains("counsel")) {
				return "Refused (counsel override): " + problem + ".";
			}
			return "Refused: " + problem + ".";
		}
		return "Refused: " + refused.problem() + ".";
	}

	private static String capitalised(String text) {
		return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

}
