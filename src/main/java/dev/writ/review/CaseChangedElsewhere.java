package dev.writ.review;

import java.io.Serial;

/**
 * The case was changed by someone else since the reviewer looked at it: nothing was
 * written; reload and decide again.
 */
public class CaseChangedElsewhere extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	private final String reference;

	public CaseChangedElsewhere(String reference, Throwable cause) {
		super(message(reference), cause);
		this.reference = reference;
	}

	public CaseChangedElsewhere(String reference) {
		super(message(reference));
		this.reference = reference;
	}

	private static String message(String reference) {
		return "case " + reference + " was changed by someone else; reload it and try again";
	}

	public String reference() {
		return this.reference;
	}

}
