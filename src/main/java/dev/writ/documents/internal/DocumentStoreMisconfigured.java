package dev.writ.documents.internal;

import java.io.Serial;

/**
 * The document store's settings cannot be used. The message is one line saying what to
 * set; {@link DocumentStoreFailureAnalyzer} shows it without a stack trace.
 */
class DocumentStoreMisconfigured extends IllegalStateException {

	@Serial
	private static final long serialVersionUID = 1L;

	DocumentStoreMisconfigured(String message) {
		super(message);
	}

}
