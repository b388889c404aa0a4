package dev.writ.intake;

import java.time.Instant;

import dev.writ.intake.Upload.DocumentKind;

/**
 * A document of a demand: which file it was (its SHA-256) and where the encrypted bytes
 * are.
 */
public record DocumentInfo(String storageKey, DocumentKind kind, String fileName, long sizeBytes, String sha256,
		int pageCount, Instant uploadedAt, int revision) {

}
