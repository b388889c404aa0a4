package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * Someone opened a document of a demand.
 */
public record DocumentViewed(UUID demandId, String reference, UUID agencyId, String storageKey, String documentKind,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DOCUMENT_VIEWED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("document", this.storageKey, "kind", this.documentKind);
	}

}
