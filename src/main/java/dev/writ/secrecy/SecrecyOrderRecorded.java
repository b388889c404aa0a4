package dev.writ.secrecy;

import java.util.Map;
import java.util.UUID;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * A secrecy order was recorded against a demand.
 */
public record SecrecyOrderRecorded(UUID orderId, String demandReference, String statute, @Nullable String expiresOn,
		String actor) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.SECRECY_ORDER_RECORDED;
	}

	@Override
	public String subject() {
		return "demand:" + this.demandReference;
	}

	@Override
	public Map<String, String> details() {
		return Map.of("statute", this.statute, "expires_on", (this.expiresOn != null) ? this.expiresOn : "none");
	}

}
