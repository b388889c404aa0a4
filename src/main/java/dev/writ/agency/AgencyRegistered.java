package dev.writ.agency;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * An agency joined the registry.
 */
public record AgencyRegistered(UUID agencyId, String name, String country,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.AGENCY_REGISTERED;
	}

	@Override
	public String subject() {
		return "agency:" + this.agencyId;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("name", this.name, "country", this.country);
	}

}
