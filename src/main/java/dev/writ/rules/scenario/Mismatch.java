package dev.writ.rules.scenario;

/**
 * One field where an assessment differs from the expected answer.
 */
public record Mismatch(String field, String expected, String actual) {

	@Override
	public String toString() {
		return this.field + ": expected " + this.expected + ", got " + this.actual;
	}

}
