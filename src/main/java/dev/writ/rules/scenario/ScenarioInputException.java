package dev.writ.rules.scenario;

import java.io.Serial;

/**
 * Input the engine cannot assess: bad JSON, a missing field, a wrong type, an unknown
 * enum value or an impossible date. Names the field path, e.g.
 * {@code targets[1].identifier_type}.
 */
public class ScenarioInputException extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String field;

	public ScenarioInputException(String field, String problem) {
		super(field.isEmpty() ? problem : field + ": " + problem);
		this.field = field;
	}

	/** The path of the offending field; empty when the whole document is at fault. */
	public String field() {
		return this.field;
	}

}
