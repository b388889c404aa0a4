package dev.writ.shared.legal;

/**
 * The level of government of a requesting agency.
 */
public enum GovernmentLevel implements Coded {

	FEDERAL, STATE, LOCAL, FOREIGN;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
