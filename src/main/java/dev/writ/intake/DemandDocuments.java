package dev.writ.intake;

import java.io.InputStream;

/**
 * Opening a demand's documents. Every opening is recorded in the audit trail: who read
 * which document of which demand, and when.
 */
public interface DemandDocuments {

	/**
	 * Opens a document of a demand, decrypted; the caller closes the stream. Callers
	 * check first that the reader may see the demand.
	 * @throws dev.writ.shared.validation.InvalidInput when the demand has no such
	 * document
	 */
	OpenedDocument open(String reference, String storageKey, String actor);

	/**
	 * A document ready to be read.
	 */
	record OpenedDocument(String fileName, String contentType, long sizeBytes, InputStream content) {

	}

}
