package dev.writ.reporting;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;
import org.jmolecules.event.types.DomainEvent;

/**
 * A historical register was imported: how many rows it had, under which file name.
 */
public record RegisterImported(String source, long rows, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.REGISTER_IMPORTED;
	}

	@Override
	public String subject() {
		return "register:" + this.source;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("rows", Long.toString(this.rows));
	}

}
