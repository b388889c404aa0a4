package dev.writ.registration.web;

import java.util.Map;

import dev.writ.shared.validation.InvalidInput;

/**
 * A refused field as the page shows it: next to the field, starting with the field's
 * label.
 *
 * @param field the form field's name (and the input's id)
 */
public record FormError(String field, String label, String message) {

	private static final Map<String, String> LABELS = Map.ofEntries(Map.entry("name", "Full name"),
			Map.entry("email", "Work e-mail address"), Map.entry("jobTitle", "Job title"),
			Map.entry("deskPhone", "Desk phone"), Map.entry("password", "Password"),
			Map.entry("confirmPassword", "Confirm password"), Map.entry("invitation", "Invitation"),
			Map.entry("callBackNumber", "Number called"), Map.entry("callBackConfirmedBy", "Confirmed by"),
			Map.entry("callBackAt", "Called at"), Map.entry("callBackOutcome", "Outcome"),
			Map.entry("callBackNote", "Note"), Map.entry("reason", "Reason"), Map.entry("registration", "Registration"),
			Map.entry("username", "Work e-mail address"));

	static FormError of(InvalidInput refused) {
		return new FormError(refused.field(), LABELS.getOrDefault(refused.field(), refused.field()), refused.problem());
	}

	public boolean on(String name) {
		return this.field.equals(name);
	}

	/** The input's id of the element that describes the error. */
	public String id() {
		return this.field + "-error";
	}

}
