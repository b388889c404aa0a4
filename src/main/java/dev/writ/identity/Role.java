package dev.writ.identity;

/**
 * What a user may do. An officer acts for one agency; the others are the provider's
 * staff.
 */
public enum Role {

	/** Agency officer: submits demands and follows their own agency's demands. */
	OFFICER("Agency officer"),
	/** Compliance analyst: works the queue and decides demands. */
	ANALYST("Compliance analyst"),
	/** Counsel: everything an analyst does, plus overrides and legal challenges. */
	COUNSEL("Counsel"),
	/** Provider administrator: vets agencies and officers, manages staff. */
	ADMIN("Administrator"),
	/** Auditor: reads and verifies the audit trail; changes nothing. */
	AUDITOR("Auditor");

	private final String label;

	Role(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

	/** The Spring Security authority name. */
	public String authority() {
		return "ROLE_" + name();
	}

	public boolean isStaff() {
		return this != OFFICER;
	}

}
