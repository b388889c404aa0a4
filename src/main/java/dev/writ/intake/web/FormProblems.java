package dev.writ.intake.web;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The problems found in a posted form, by field, in the order the form shows them. The
 * page lists them in a summary at the top and beside each field.
 */
final class FormProblems {

	private final Map<String, String> byField = new LinkedHashMap<>();

	void add(String field, String problem) {
		this.byField.merge(field, problem, (first, next) -> first + "; " + next);
	}

	boolean isEmpty() {
		return this.byField.isEmpty();
	}

	/** In form order, for the summary. */
	Map<String, String> ordered() {
		return new LinkedHashMap<>(this.byField);
	}

}
