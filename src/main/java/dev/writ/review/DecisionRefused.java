package dev.writ.review;

import java.io.Serial;

import dev.writ.shared.validation.InvalidInput;

/**
 * A legal move refused by a rule of decision: the four-eyes rule, the counsel override,
 * or a role that may not decide.
 */
public class DecisionRefused extends InvalidInput {

	@Serial
	private static final long serialVersionUID = 1L;

	public DecisionRefused(String field, String problem) {
		super(field, problem);
	}

}
