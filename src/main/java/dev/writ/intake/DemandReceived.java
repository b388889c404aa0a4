package dev.writ.intake;

import java.util.Map;
import java.util.UUID;

import dev.writ.intake.LegalProcess.NondisclosureOrder;
import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;
import dev.writ.shared.legal.ProcessType;

import org.jmolecules.event.types.DomainEvent;

/**
 * A demand was received. Review opens a case from it; secrecy records the order that came
 * with it.
 */
public record DemandReceived(UUID demandId, String reference, UUID agencyId, ProcessType processType,
		NondisclosureOrder nondisclosureOrder, DemandStatus status, String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DEMAND_RECEIVED;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("process_type", this.processType.code(), "secrecy_order",
				Boolean.toString(this.nondisclosureOrder.present()), "status", this.status.name());
	}

}
