package dev.writ.audit;

import java.util.Map;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;

import org.jmolecules.event.types.DomainEvent;

/**
 * Someone checked the audit chain and saw the verdict.
 */
public record AuditChainVerified(String actor, ChainVerification verification) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.AUDIT_CHAIN_VERIFIED;
	}

	@Override
	public String subject() {
		return "audit-chain";
	}

	@Override
	public Map<String, String> details() {
		return Map.of("verdict", this.verification.describe());
	}

}
