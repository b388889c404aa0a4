package dev.writ.rules;

/**
 * Every reason an assessment can give (legal-rules.md section 12, meanings from the
 * scenario vocabulary). A code's group orders it in {@code reasons}; its effect is what
 * it does to the outcome.
 */
public enum ReasonCode {

	// Each code: its group, its effect, and its meaning as published in the scenario
	// vocabulary.

	WRONG_COMPANY(Group.DECISIVE, Effect.REJECT, "The demand is addressed to, or names, a different company."),

	NOT_PROPERLY_ADDRESSED(Group.DECISIVE, Effect.REJECT,
			"Addressee missing, addressed to an individual employee, or to an entity the instrument cannot be served on (e.g. EPO not sent to the EU designated establishment)."),

	IMPROPERLY_SERVED(Group.DECISIVE, Effect.REJECT,
			"Delivered through a channel the law or provider policy does not accept (support chat, undomesticated out-of-state civil subpoena, COPO not served by the Secretary of State)."),

	FACIALLY_INVALID(Group.DECISIVE, Effect.REJECT,
			"Not a recognisable legal instrument for this purpose, key elements missing, or instrument not applicable (letter without process, EPO before 18 Aug 2026 or from Denmark)."),

	UNSIGNED_OR_UNAUTHORIZED(Group.DECISIVE, Effect.REJECT,
			"Not signed, or signed by someone without authority to issue the instrument."),

	DATE_RANGE_REVERSED(Group.DECISIVE, Effect.REJECT, "Start of the requested period is after its end."),

	DATE_RANGE_IN_FUTURE(Group.DECISIVE, Effect.REJECT,
			"The whole requested period lies after the date the demand was received."),

	DATE_RANGE_TRUNCATED(Group.INFORMATIONAL, Effect.NARROW,
			"The period runs past the receipt date; only the part up to receipt is produced."),

	ISSUE_DATE_IN_FUTURE(Group.DECISIVE, Effect.REJECT, "The instrument is dated after it was received."),

	PROCESS_EXPIRED(Group.DECISIVE, Effect.REJECT,
			"Served after its validity/execution window (federal warrant >14 days; COPO >3 months)."),

	MATERIAL_MISTAKE(Group.DECISIVE, Effect.REJECT,
			"Identifiers or case details are inconsistent or malformed so the target cannot be identified with certainty."),

	OVERLY_BROAD(Group.DECISIVE, Effect.REJECT,
			"No specific account/identifier; dragnet, range, keyword or whole-domain demand."),

	DATA_TYPE_NOT_SUPPORTED_BY_PROCESS(Group.DECISIVE, Effect.WITHHOLD,
			"Requested data need stronger process than the one served (content on a subpoena or (d) order; transactional records on a subpoena; content on an administrative demand)."),

	EXCEEDS_AGENCY_AUTHORITY(Group.DECISIVE, Effect.REJECT,
			"The issuing body has no statutory power to issue this instrument."),

	OUTSIDE_ISSUER_JURISDICTION(Group.DECISIVE, Effect.REJECT,
			"The instrument's authority does not extend to the investigation described (e.g. State-only subpoena for an out-of-state offence)."),

	EMERGENCY_NO_LETTERHEAD(Group.DECISIVE, Effect.REJECT, "Emergency request not on official letterhead."),

	EMERGENCY_UNSIGNED(Group.DECISIVE, Effect.REJECT, "Emergency request not signed by an authority."),

	EMERGENCY_NO_SUMMARY(Group.DECISIVE, Effect.REJECT, "Emergency request lacks a summary of the emergency."),

	EMERGENCY_NO_NEXUS(Group.DECISIVE, Effect.REJECT,
			"Emergency request does not explain how the data will help address the emergency."),

	EMERGENCY_NOT_QUALIFYING(Group.DECISIVE, Effect.REJECT,
			"No danger of death or serious physical injury is described."),

	EMERGENCY_UNVERIFIED_SENDER(Group.DECISIVE, Effect.REJECT,
			"Sender domain is not the agency's official domain or the agency/officer could not be verified (fraudulent-EDR pattern)."),

	CIVIL_CONTENT_REQUIRES_CONSENT(Group.DECISIVE, Effect.WITHHOLD,
			"Civil (or defence) demand for content without the account owner's specific lawful consent."),

	FOREIGN_CONTENT_REQUIRES_MLAT(Group.DECISIVE, Effect.WITHHOLD,
			"Foreign authority without an applicable executive agreement asks for content; must go through MLAT/US process."),

	AGREEMENT_TARGETING_RESTRICTION(Group.DECISIVE, Effect.ROUTE,
			"Order under a CLOUD Act agreement targets a person the agreement excludes (US person or person located in the US for UK orders)."),

	AGREEMENT_SERIOUS_CRIME_NOT_MET(Group.DECISIVE, Effect.ROUTE,
			"Order under a CLOUD Act agreement concerns an offence below the serious-crime threshold (max < 3 years)."),

	EPO_ISSUING_AUTHORITY_NOT_COMPETENT(Group.DECISIVE, Effect.REJECT,
			"EPO issued by an authority not competent for the data category (prosecutor for content/traffic; police without validation)."),

	EPO_OFFENCE_THRESHOLD_NOT_MET(Group.DECISIVE, Effect.REJECT,
			"Traffic/content EPO for an offence below the 3-year threshold and not listed."),

	EPO_REFUSED_BY_ENFORCING_STATE(Group.DECISIVE, Effect.REJECT,
			"The notified enforcing authority raised a ground for refusal."),

	ENTERPRISE_REDIRECT(Group.DECISIVE, Effect.REDIRECT,
			"Target belongs to an enterprise customer (>50 seats) - requester redirected to the customer."),

	ENTERPRISE_REDIRECT_BLOCKED_BY_NDO(Group.INFORMATIONAL, Effect.INFO,
			"Enterprise target, but a secrecy order forbids telling the customer, so redirection is impossible."),

	CONFLICT_OF_LAWS_COMITY(Group.DECISIVE, Effect.CHALLENGE,
			"Statutory comity motion (18 U.S.C. 2703(h)) - non-US person not residing in the US, qualifying foreign government's law would be violated."),

	COMMON_LAW_COMITY(Group.DECISIVE, Effect.CHALLENGE,
			"Comity objection outside 2703(h) (foreign country not a qualifying government)."),

	GDPR_ART48_CONFLICT(Group.DECISIVE, Effect.CHALLENGE,
			"EU-stored data of an EU resident demanded by a third-country order not based on an international agreement."),

	EPO_THIRD_COUNTRY_CONFLICT(Group.DECISIVE, Effect.CHALLENGE,
			"Reasoned objection under Reg. 2023/1543 Art. 17 - compliance would conflict with third-country law."),

	PROCESS_SUFFICIENT(Group.INFORMATIONAL, Effect.RELEASE, "Process is valid and sufficient for the data released."),

	ACCOUNT_NOT_FOUND(Group.INFORMATIONAL, Effect.NO_DATA, "No account matches the identifier."),

	PRESERVATION_ACCEPTED(Group.INFORMATIONAL, Effect.PRESERVE,
			"Preservation hold placed (90 days US 2703(f); 60 days EU EPOC-PR)."),

	PRESERVATION_EXTENDED(Group.INFORMATIONAL, Effect.PRESERVE,
			"Preservation hold extended by a further 90 days on renewal."),

	PRESERVATION_EXPIRED(Group.INFORMATIONAL, Effect.INFO,
			"An earlier preservation hold lapsed before the follow-up process arrived."),

	NDO_ACTIVE(Group.INFORMATIONAL, Effect.INFO, "A non-disclosure order is in force at evaluation time."),

	NDO_EXPIRED(Group.INFORMATIONAL, Effect.INFO, "A non-disclosure order existed but has expired at evaluation time."),

	NDO_NO_EXPIRY(Group.INFORMATIONAL, Effect.INFO, "A non-disclosure order without an end date."),

	EMERGENCY_VALID(Group.INFORMATIONAL, Effect.RELEASE,
			"Emergency request meets all form, nexus, danger and verification requirements."),

	FOREIGN_LOCAL_PROCESS_NONCONTENT(Group.INFORMATIONAL, Effect.RELEASE,
			"Foreign authority's valid local process for non-content, answerable under 18 U.S.C. 2702(c)(6)."),

	AGREEMENT_ORDER_VALID(Group.INFORMATIONAL, Effect.RELEASE,
			"Order meets a CLOUD Act executive agreement's conditions (2702(b)(9))."),

	EPO_NOTIFICATION_REQUIRED(Group.INFORMATIONAL, Effect.INFO,
			"Traffic/content EPO where the person does not reside in the issuing State - enforcing State notified, 10-day window."),

	EPO_EMERGENCY_8H(Group.INFORMATIONAL, Effect.INFO, "Emergency EPO - transmit within 8 hours."),

	OWNER_CONSENT(Group.INFORMATIONAL, Effect.RELEASE,
			"Account owner's specific lawful consent supports content disclosure."),

	NOTICE_WITHHELD_CHILD_SAFETY(Group.INFORMATIONAL, Effect.INFO,
			"User notice withheld because it could endanger a child."),

	NOTICE_WITHHELD_HACKED_ACCOUNT(Group.INFORMATIONAL, Effect.INFO,
			"User notice withheld because the account is controlled by an intruder."),

	NO_REIMBURSEMENT_EMERGENCY(Group.INFORMATIONAL, Effect.INFO, "No cost reimbursement for emergency responses."),

	NO_REIMBURSEMENT_CHILD_EXPLOITATION(Group.INFORMATIONAL, Effect.INFO,
			"No cost reimbursement in child-exploitation cases."),

	NCMEC_REPORT(Group.INFORMATIONAL, Effect.INFO,
			"Provider files/has filed a CyberTipline report under 18 U.S.C. 2258A (side effect, not an outcome).");

	private final Group group;

	private final Effect effect;

	private final String meaning;

	ReasonCode(Group group, Effect effect, String meaning) {
		this.group = group;
		this.effect = effect;
		this.meaning = meaning;
	}

	public Group group() {
		return this.group;
	}

	public Effect effect() {
		return this.effect;
	}

	/** The code's meaning in one line, as published in the vocabulary. */
	public String meaning() {
		return this.meaning;
	}

	/**
	 * Rejection and routing codes come first in {@code reasons}; informational codes
	 * follow.
	 */
	public enum Group {

		/** Decides a rejection, a narrowing or a routing. */
		DECISIVE,
		/** Explains, without changing the outcome by itself. */
		INFORMATIONAL

	}

	/**
	 * What a finding with this code does to the decision (legal-rules.md section 9).
	 */
	public enum Effect {

		/** The whole demand is rejected. */
		REJECT,
		/**
		 * Some data categories are withheld; with nothing left the demand is rejected (or
		 * routed).
		 */
		WITHHOLD,
		/** The whole demand goes through mutual legal assistance. */
		ROUTE,
		/** One target is redirected to its enterprise customer. */
		REDIRECT,
		/** One target is challenged for a conflict of laws. */
		CHALLENGE,
		/** One target has no account. */
		NO_DATA,
		/** The accounts are preserved, nothing is released. */
		PRESERVE,
		/** The period of data is cut. */
		NARROW,
		/** Supports a release. */
		RELEASE,
		/** Informs only. */
		INFO

	}

}
