package dev.writ.shared.legal;

/**
 * Whether an account belongs to a consumer or an enterprise customer.
 */
public enum AccountType implements Coded {

	CONSUMER, ENTERPRISE;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
