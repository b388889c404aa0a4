package dev.writ.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import dev.writ.shared.audit.AuditAction;
import dev.writ.shared.audit.Auditable;
import org.jmolecules.event.types.DomainEvent;

/**
 * A decision notice was recorded on a demand and its requester told.
 */
public record DecisionNoticeSent(UUID demandId, String reference, UUID agencyId,
		DecisionNotice notice) implements DomainEvent, Auditable {

	@Override
	public AuditAction action() {
		return AuditAction.DECISION_NOTICE_SENT;
	}

	@Override
	public String subject() {
		return "demand:" + this.reference;
	}

	@Override
	public Map<String, String> details() {
		Map<String, String> details = new LinkedHashMap<>();
		details.put("status", this.notice.status().name());
		details.put("headline", this.notice.headline());
		String codes = this.notice.lines()
			.stream()
			.map(DecisionNotice.Line::code)
			.filter(code -> code != null)
			.collect(Collectors.joining(","));
		if (!codes.isEmpty()) {
			details.put("codes", codes);
		}
		return details;
	}

	@Override
	public String actor() {
		return this.notice.actor();
	}

}
