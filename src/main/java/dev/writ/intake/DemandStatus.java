package dev.writ.intake;

/**
 * Where a demand stands from the requester's side. The review module keeps the finer case
 * lifecycle.
 */
public enum DemandStatus {

	/** Received and waiting for review. */
	RECEIVED("Received");

	private final String label;

	DemandStatus(String label) {
		this.label = label;
	}

	public String label() {
		return this.label;
	}

}
