package dev.writ.documents;

import java.io.InputStream;

/**
 * The document store's public face: uploaded files kept encrypted and integrity-checked.
 * Access control is the caller's: whoever holds a storage key and calls {@link #open}
 * gets the document, so callers check the user's right and audit the read first.
 */
public interface DocumentStore {

	/**
	 * Checks an upload and stores it encrypted. The type is sniffed from the content,
	 * never taken from the name; at most the size limit plus one byte is read from the
	 * stream, which stays open (the caller owns it).
	 * @param declaredName the file name the uploader gave, kept (sanitised) for display
	 * only
	 * @param actor who uploaded it, for the audit trail
	 * @throws DocumentRejected when the upload is empty, too large, not a PDF, damaged or
	 * encrypted; nothing is stored then
	 */
	StoredDocument store(InputStream content, String declaredName, String actor);

	/**
	 * The plaintext of a stored document, decrypted and verified in full before the first
	 * byte is handed out.
	 * @throws DocumentNotFound when nothing is stored under that key
	 * @throws DocumentCorrupted when the stored bytes were altered or damaged
	 */
	InputStream open(String storageKey);

	/**
	 * Removes a stored document (retention). Removing a key that holds nothing does
	 * nothing.
	 */
	void delete(String storageKey);

}
