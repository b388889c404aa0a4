package dev.writ.documents;

import java.io.Serial;

/**
 * A stored document failed its integrity check: its bytes on disk were altered, damaged,
 * moved from another key or encrypted under another key. Nothing of it is returned.
 */
public class DocumentCorrupted extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	public DocumentCorrupted(String storageKey, String problem) {
		super("document '" + storageKey + "' failed its integrity check and was not opened: " + problem);
	}

}
