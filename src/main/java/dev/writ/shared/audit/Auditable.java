package dev.writ.shared.audit;

import java.util.Map;

/**
 * Something that happened and must land in the audit trail. Every domain event implements
 * it; the audit module listens to this interface, never to module types, so it depends on
 * nothing else.
 */
public interface Auditable {

	/** Who did it: a user name, {@code system} or {@code anonymous}. */
	String actor();

	/** What was done, as a stable code. */
	AuditAction action();

	/**
	 * What it was done to, e.g. {@code demand:WR-2026-000042} or
	 * {@code user:jane@example.gov}.
	 */
	String subject();

	/** Facts worth keeping, never secrets. Keys and values are plain strings. */
	default Map<String, String> details() {
		return Map.of();
	}

}
