package dev.writ.review;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.DeniedAttempt;

/**
 * An action on a case was refused: not legal in its state, against a rule of decision, or
 * on a case changed by someone else. Recorded even though nothing else is.
 */
public record CaseActionRefused(String reference, String caseAction, String state, String actor,
		String why) implements DeniedAttempt {

	@Override
	public AuditAction action() {
		return AuditAction.CASE_ACTION_REFUSED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("action", this.caseAction, "state", this.state, "why", this.why);
	}

}
