package dev.writ.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One link of the audit chain, as stored.
 *
 * @param seq gapless position in the chain, starting at 1
 * @param details canonical JSON of the details (sorted keys), hashed verbatim
 * @param previousHash hash of the entry before, or 64 zeros for the first
 * @param hash SHA-256 over this entry's fields and {@code previousHash}
 */
public record AuditEntry(long seq, Instant occurredAt, String actor, String action, String subject, String details,
		String previousHash, String hash) {

	/** The details as a map, for display. */
	public Map<String, String> detailMap() {
		return AuditDetails.parse(this.details);
	}

}
