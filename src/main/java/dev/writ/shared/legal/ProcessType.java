package dev.writ.shared.legal;

/**
 * The legal instrument a demand is served under (scenario vocabulary
 * {@code process.type}).
 */
public enum ProcessType implements Coded {

	/** Generic criminal subpoena (trial or prosecutor's subpoena). */
	SUBPOENA,
	/** Subpoena issued on behalf of a grand jury. */
	GRAND_JURY_SUBPOENA,
	/** Subpoena an agency issues under its own statutory power. */
	ADMINISTRATIVE_SUBPOENA,
	/** Court order under 18 U.S.C. 2703(d). */
	COURT_ORDER_2703D,
	/** Search warrant (or a foreign court's equivalent order). */
	SEARCH_WARRANT,
	/** Emergency disclosure request under 18 U.S.C. 2702(b)(8), (c)(4). */
	EMERGENCY_REQUEST,
	/** Preservation request under 18 U.S.C. 2703(f) or EPOC-PR. */
	PRESERVATION_REQUEST,
	/** European Production Order (EPOC) under Regulation (EU) 2023/1543. */
	EUROPEAN_PRODUCTION_ORDER,
	/**
	 * UK overseas production order under the Crime (Overseas Production Orders) Act 2019.
	 */
	OVERSEAS_PRODUCTION_ORDER,
	/** Request routed through mutual legal assistance. */
	MLAT_REQUEST,
	/** Subpoena in civil litigation. */
	CIVIL_SUBPOENA,
	/** A letter that is not legal process. */
	LETTER_WITHOUT_PROCESS;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
