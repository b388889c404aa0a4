package dev.writ.intake;

/**
 * Where a demand stands, as the requester sees it. The review module keeps the finer case
 * lifecycle.
 */
public enum DemandStatus {

	/** Received, assessed and waiting for review. */
	RECEIVED("Received", false),
	/** The requester must correct it: a deficiency notice says what. */
	DEFICIENT("Needs correction", false),
	/** An emergency request held until the sender is verified by call-back. */
	HELD_FOR_VERIFICATION("Held for verification", false),
	/** Approved for disclosure (possibly narrowed); the production is being prepared. */
	ACCEPTED("Accepted", false),
	/** The provider objects (motion to quash, comity motion) and awaits the outcome. */
	CHALLENGED("Objected to", false),
	/** Refused, with reasons; a new demand is needed. */
	REJECTED("Rejected", true),
	/** The data belong to an enterprise customer; the requester must ask the customer. */
	REDIRECTED("Redirected to the customer", true),
	/** The requester must go through mutual legal assistance. */
	ROUTED_TO_MLAT("Refer to mutual legal assistance", true),
	/** Withdrawn by the requester. */
	WITHDRAWN("Withdrawn", true),
	/** Finished. */
	CLOSED("Closed", true);

	private final String label;

	private final boolean finished;

	DemandStatus(String label, boolean finished) {
		this.label = label;
		this.finished = finished;
	}

	public String label() {
		return this.label;
	}

	public boolean finished() {
		return this.finished;
	}

	/** Whether the requester may correct and resubmit it now. */
	public boolean correctable() {
		// only before a decision: a decided demand is answered, and a new one starts
		// afresh
		return this == DEFICIENT || this == RECEIVED || this == HELD_FOR_VERIFICATION;
	}

}
