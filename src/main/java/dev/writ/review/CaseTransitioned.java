package dev.writ.review;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A case moved from one state to another, by whom, in which role, and why.
 *
 * @param decision what the step decided (scope, reasons, customer, challenge), as audit
 * details; empty for other steps
 */
public record CaseTransitioned(UUID caseId, String reference, CaseState from, CaseAction caseAction, CaseState to,
		String actor, @Nullable String role, String reason, @Nullable String justification,
		Map<String, String> decision) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.CASE_TRANSITIONED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("from", this.from.name());
		details.put("action", this.caseAction.name());
		details.put("to", this.to.name());
		details.put("role", (this.role != null) ? this.role : "none");
		details.put("reason", this.reason);
		if (this.justification != null) {
			details.put("justification", this.justification);
		}
		details.putAll(this.decision);
		return details;
	}

}
