package dev.writ.shared.legal;

/**
 * A category of customer data a demand may ask for (scenario vocabulary
 * {@code data_requested}).
 */
public enum DataCategory implements Coded {

	/** Name, address, identifiers: 18 U.S.C. 2703(c)(2)(A),(B),(E). */
	BASIC_SUBSCRIBER_INFO(DataClass.NON_CONTENT),
	/** Session times and assigned IP addresses: 2703(c)(2)(C),(E). */
	IP_CONNECTION_HISTORY(DataClass.NON_CONTENT),
	/** An IP address asked for only to identify its user: 2703(c)(2)(E). */
	IP_FOR_IDENTIFICATION(DataClass.NON_CONTENT),
	/** Means and source of payment: 2703(c)(2)(F). */
	BILLING_INFO(DataClass.NON_CONTENT),
	/** Games-network identity: 2703(c)(2)(E). */
	GAMERTAG(DataClass.NON_CONTENT),
	/** Other non-content records (headers, contacts, destinations): 2703(c)(1). */
	TRANSACTIONAL_RECORDS(DataClass.TRANSACTIONAL),
	/** Mail bodies and attachments. */
	EMAIL_CONTENT(DataClass.CONTENT),
	/** Files stored in the cloud drive. */
	STORED_FILES(DataClass.CONTENT),
	/** Messages in the chat service. */
	CHAT_CONTENT(DataClass.CONTENT),
	/** Stored photos (content; legal-rules.md CONTENT set). */
	PHOTOS(DataClass.CONTENT),
	/** Calendar entries (content). */
	CALENDAR_CONTENT(DataClass.CONTENT),
	/** Stored voicemail (content). */
	VOICEMAIL(DataClass.CONTENT);

	private final DataClass dataClass;

	DataCategory(DataClass dataClass) {
		this.dataClass = dataClass;
	}

	public DataClass dataClass() {
		return this.dataClass;
	}

	public boolean isContent() {
		return this.dataClass == DataClass.CONTENT;
	}

	@Override
	public String code() {
		return Coded.codeOf(this);
	}

	/** The statutory class of a category (legal-rules.md SCA-01). */
	public enum DataClass {

		/** Subscriber records a subpoena reaches. */
		NON_CONTENT,
		/** Other non-content records that need a 2703(d) order or more. */
		TRANSACTIONAL,
		/** Contents of communications and stored files. */
		CONTENT

	}

}
