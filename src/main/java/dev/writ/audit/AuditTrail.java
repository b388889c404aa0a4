package dev.writ.audit;

import java.util.List;

import dev.writ.shared.audit.Auditable;

/**
 * The audit trail's public face: record explicitly (reads of sealed material,
 * verifications), query and verify. Domain events need no call here; they are recorded as
 * they are published.
 */
public interface AuditTrail {

	/** Appends an entry in the caller's transaction. */
	AuditEntry record(Auditable event);

	/** The newest entries first. */
	List<AuditEntry> latest(int limit);

	/** Every entry about one subject, oldest first: a case timeline is read from here. */
	List<AuditEntry> forSubject(String subject);

	/** Checks every link of the chain. */
	ChainVerification verify();

}
