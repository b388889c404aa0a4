package dev.writ.agency;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * A registry file of candidate official domains was imported.
 *
 * @param source the registry: {@code dotgov}
 */
public record DomainsImported(String source, DomainImportReport report,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.OFFICIAL_DOMAINS_IMPORTED;
	}

	@Override
	public String subject() {
		return "official-domains:" + this.source;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("file", this.report.fileName(), "read", count(this.report.read()), "inserted",
				count(this.report.inserted()), "updated", count(this.report.updated()), "unchanged",
				count(this.report.unchanged()), "bad", count(this.report.bad()));
	}

	private static String count(int value) {
		return Integer.toString(value);
	}

}
