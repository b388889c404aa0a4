package dev.writ.review;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A case was assigned, or reassigned, to a reviewer.
 */
public record CaseAssigned(UUID caseId, String reference, @Nullable String previous, String assignee, String actor,
		String reason) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.CASE_ASSIGNED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("assignee", this.assignee, "previous", (this.previous != null) ? this.previous : "none", "reason",
				this.reason);
	}

}
