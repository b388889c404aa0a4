package dev.writ.intake.internal;

import java.time.Instant;
import java.util.UUID;

import dev.writ.intake.DocumentInfo;
import dev.writ.intake.Upload.DocumentKind;

import org.springframework.data.relational.core.mapping.Table;

/**
 * A document that came with a demand. The bytes live encrypted in the document store
 * under {@code storageKey}; the digest proves which file it was.
 *
 * @param revision the version of the demand it came with (0 until attached)
 */
@Table("demand_document")
record DemandDocument(UUID id, DocumentKind kind, String fileName, String contentType, long sizeBytes, String sha256,
		String storageKey, Instant uploadedAt, UUID uploadedBy, Integer pageCount, Integer revision) {

	DemandDocument forRevision(int number) {
		return new DemandDocument(this.id, this.kind, this.fileName, this.contentType, this.sizeBytes, this.sha256,
				this.storageKey, this.uploadedAt, this.uploadedBy, this.pageCount, number);
	}

	DocumentInfo info() {
		return new DocumentInfo(this.storageKey, this.kind, this.fileName, this.sizeBytes, this.sha256,
				(this.pageCount != null) ? this.pageCount : 0, this.uploadedAt,
				(this.revision != null) ? this.revision : 1);
	}

}
