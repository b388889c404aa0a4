package dev.writ.intake.web.api;

import java.io.Serial;

/**
 * No demand of the caller's agency has this reference (it may be another agency's).
 */
class DemandNotFound extends RuntimeException {

	@Serial
	private static final long serialVersionUID = 1L;

	DemandNotFound(String reference) {
		super("no demand " + reference + " of your agency");
	}

}
