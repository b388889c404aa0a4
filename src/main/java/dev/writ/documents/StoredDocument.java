package dev.writ.documents;

/**
 * A document the store accepted.
 *
 * @param storageKey where it is kept: random and unguessable, no user input in it
 * @param fileName the name the uploader declared, sanitised for display (never used as a
 * path)
 * @param contentType the type detected from the content (only {@code application/pdf} is
 * accepted)
 * @param sizeBytes the size of the plaintext
 * @param sha256 SHA-256 of the plaintext, lower-case hex
 * @param pageCount pages the parser found
 */
public record StoredDocument(String storageKey, String fileName, String contentType, long sizeBytes, String sha256,
		int pageCount) {

}
