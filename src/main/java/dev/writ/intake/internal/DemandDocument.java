package dev.writ.intake.internal;

import java.time.Instant;
import java.util.UUID;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A document that came with a demand. The bytes live encrypted in the document store
 * under {@code storageKey}; the digest proves which file it was.
 */
@Table("demand_document")
record DemandDocument(UUID id, String kind, String fileName, String contentType, long sizeBytes, String sha256,
		String storageKey, Instant uploadedAt, UUID uploadedBy) {

}
