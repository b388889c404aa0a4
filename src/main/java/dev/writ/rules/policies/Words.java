package dev.writ.rules.policies;

import dev.writ.shared.legal.ProcessType;

/**
 * Small pieces of English for findings' messages.
 */
final class Words {

	private Words() {
	}

	/** "a grand jury subpoena", "an administrative subpoena". */
	static String instrument(ProcessType type) {
		String name = type.code().replace('_', ' ').replace("2703d", "2703(d)");
		return ("aeiou".indexOf(name.charAt(0)) >= 0 ? "an " : "a ") + name;
	}

}
