package dev.writ.shared.legal;

/**
 * How a target is named (scenario vocabulary {@code targets.identifier_type}).
 */
public enum IdentifierType implements Coded {

	EMAIL, PHONE, GAMERTAG, IP, USERNAME, QUERY, CRITERIA;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
