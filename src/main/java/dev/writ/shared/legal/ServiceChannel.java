package dev.writ.shared.legal;

/**
 * How a demand reached the provider (scenario vocabulary
 * {@code process.service_channel}). Which channels are accepted for which instrument is a
 * rule (legal-rules.md POL-FORM), not a property of the channel.
 */
public enum ServiceChannel implements Coded {

	/** Writ's own agency portal. */
	LAW_ENFORCEMENT_PORTAL,
	/** Service on the provider's registered agent. */
	REGISTERED_AGENT,
	/** The provider's published legal-process mailbox. */
	EMAIL_LEGAL_INBOX,
	/** Post to the provider's headquarters. */
	POSTAL_MAIL_HQ,
	/** The emergency request form of the portal. */
	EMERGENCY_PORTAL,
	/** E-mail from a verified official government domain. */
	EMAIL_OFFICIAL_DOMAIN,
	/** Service on the provider's EU designated establishment. */
	EU_DESIGNATED_ESTABLISHMENT,
	/** Transmission by the UK Designated Authority (Home Office). */
	UK_DESIGNATED_AUTHORITY,
	/** Customer-support chat: never accepted. */
	SUPPORT_CHAT,
	/** Post addressed to an individual employee: never accepted. */
	POSTAL_MAIL_TO_EMPLOYEE,
	/** Free webmail sender: never accepted. */
	EMAIL_FREE_WEBMAIL,
	/** Sender domain that imitates an official one: never accepted. */
	EMAIL_LOOKALIKE_DOMAIN;

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

}
