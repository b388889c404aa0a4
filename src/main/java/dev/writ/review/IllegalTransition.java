package dev.writ.review;

import java.io.Serial;

import dev.writ.shared.validation.InvalidInput;

/**
 * An action that the lifecycle does not allow in the case's current state (or on its
 * track). Names both, so the refusal explains itself.
 */
public class IllegalTransition extends InvalidInput {

	@Serial
	private static final long serialVersionUID = 1L;

	private final CaseState state;

	private final CaseAction action;

	public IllegalTransition(String reference, CaseState state, CaseAction action, String why) {
		super("action", "case " + reference + " is " + state + ": " + action + " is not allowed " + why);
		this.state = state;
		this.action = action;
	}

	public CaseState state() {
		return this.state;
	}

	public CaseAction action() {
		return this.action;
	}

}
