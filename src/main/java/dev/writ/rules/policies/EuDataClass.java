package dev.writ.rules.policies;

import java.util.List;

import dev.writ.shared.legal.DataCategory;

/**
 * The data categories of Reg. (EU) 2023/1543 Art. 3(9)-(12) (legal-rules.md EEV-02).
 * Traffic and content orders need a judge, a serious offence and, often, notice to the
 * enforcing State.
 */
enum EuDataClass {

	/** Identity, contact, billing, service type and duration. */
	SUBSCRIBER,
	/** An IP address asked for only to identify its user. */
	IDENTIFICATION,
	/** Other metadata. */
	TRAFFIC,
	/** Content. */
	CONTENT;

	static EuDataClass of(DataCategory category) {
		return switch (category) {
			case BASIC_SUBSCRIBER_INFO, BILLING_INFO, GAMERTAG -> SUBSCRIBER;
			case IP_FOR_IDENTIFICATION -> IDENTIFICATION;
			case IP_CONNECTION_HISTORY, TRANSACTIONAL_RECORDS -> TRAFFIC;
			default -> CONTENT;
		};
	}

	/** Whether any requested category is traffic or content data. */
	static boolean asksForTrafficOrContent(List<DataCategory> requested) {
		return requested.stream().map(EuDataClass::of).anyMatch(c -> c == TRAFFIC || c == CONTENT);
	}

}
