package dev.writ.documents;

import java.io.Serial;

/**
 * Nothing is stored under a storage key (never stored, deleted, or not a key at all).
 */
public class DocumentNotFound extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public DocumentNotFound(String storageKey) {
		super("no document is stored under key '" + storageKey + "'");
	}

}
