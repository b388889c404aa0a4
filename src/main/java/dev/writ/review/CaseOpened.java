package dev.writ.review;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A review case was opened for a demand intake received.
 */
public record CaseOpened(UUID caseId, String reference, CaseState state, String processType, boolean emergency,
		boolean fourEyes, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.CASE_OPENED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("state", this.state.name(), "process_type", this.processType, "emergency",
				Boolean.toString(this.emergency), "four_eyes", Boolean.toString(this.fourEyes));
	}

}
