package dev.writ.mail;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A mail was queued for sending.
 */
public record MailQueued(UUID mailId, String recipient, String kind, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.MAIL_QUEUED;
	}

	@Override
	public String subject() {
		return "mail:" + this.mailId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("recipient", this.recipient, "kind", this.kind);
	}

}
