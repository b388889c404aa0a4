package dev.writ.rules;

import dev.writ.shared.legal.Coded;

/**
 * How much a finding weighs.
 */
public enum Severity implements Coded {

	/** Stops release: for the whole demand or for one target. */
	BLOCKING,
	/** Cuts what is released (data categories or period) without stopping it. */
	NARROWING,
	/** Explains; changes nothing by itself. */
	INFO;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
