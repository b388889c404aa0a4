package dev.writ.shared.validation;

import java.io.Serial;

/**
 * Input that cannot be accepted, with the path of the field that is wrong. Thrown before
 * anything is written, so a refused command leaves nothing half-saved. Web code turns it
 * into a form error or a 400 answer that names the field.
 */
public class InvalidInput extends IllegalArgumentException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	private final String problem;

	public InvalidInput(String field, String problem) {
		super(field + ": " + problem);
		this.field = field;
		this.problem = problem;
	}

	/** Throws unless the condition holds. */
	public static void require(boolean condition, String field, String problem) {
		if (!condition) {
			throw new InvalidInput(field, problem);
		}
	}

	/** The field path, e.g. {@code targets[1].identifier}. */
	public String field() {
		return this.field;
	}

	/** What is wrong with it, in words a user can act on. */
	public String problem() {
		return this.problem;
	}

}
