package dev.writ.documents;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An uploaded document was accepted and stored encrypted.
 */
public record DocumentStored(StoredDocument document, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DOCUMENT_STORED;
	}

	@Override
	public String subject() {
		return "document:" + this.document.storageKey();
	}

	@Override
	public Map<String, String> details() {
		return Map.of("name", this.document.fileName(), "size", Long.toString(this.document.sizeBytes()), "sha256",
				this.document.sha256());
	}

}
