package dev.writ.intake.web;

/**
 * A page that does not exist for this reader: a demand of another agency answers exactly
 * like one that does not exist, so references cannot be probed.
 */
class UnknownPage extends RuntimeException {

	private static final long serialVersionUID = 1L;

	UnknownPage(String what) {
		super("no such page: " + what);
	}

}
