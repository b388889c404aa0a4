package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A deficiency notice told the requester what to correct.
 */
public record DeficiencyNoticeSent(UUID demandId, String reference, UUID agencyId, int revision, String codes,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DEFICIENCY_NOTICE_SENT;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("revision", Integer.toString(this.revision), "codes", this.codes);
	}

}
