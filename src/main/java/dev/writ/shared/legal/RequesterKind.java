package dev.writ.shared.legal;

/**
 * Who is asking (scenario vocabulary {@code requester.kind}).
 */
public enum RequesterKind implements Coded {

	LAW_ENFORCEMENT, CIVIL_LITIGANT, GOVERNMENT_OTHER;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
