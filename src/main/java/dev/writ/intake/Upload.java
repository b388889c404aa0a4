package dev.writ.intake;

import org.springframework.core.io.InputStreamSource;

/**
 * A file that comes with a demand. Only its content decides what it is: the name is for
 * display.
 */
public record Upload(DocumentKind kind, String fileName, InputStreamSource content) {

	/**
	 * What a document is to the demand.
	 */
	public enum DocumentKind {

		/**
		 * The legal instrument itself: subpoena, order, warrant, certificate, request.
		 */
		LEGAL_PROCESS,
		/** A secrecy (non-disclosure) order. */
		SECRECY_ORDER,
		/** The account owner's consent. */
		OWNER_CONSENT,
		/** Anything else the requester wants the provider to read. */
		SUPPORTING

	}

}
