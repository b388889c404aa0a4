package dev.writ.intake;

/**
 * Receiving demands: assessed at once, answered with a receipt, and, when defective, with
 * a deficiency notice the requester can act on.
 */
public interface DemandIntake {

	/**
	 * Receives a demand: stores its documents encrypted, asks the agency registry and the
	 * account directory for the facts, runs the assessment engine, and records the
	 * result.
	 * @throws dev.writ.shared.validation.InvalidInput naming the field that is wrong;
	 * nothing is written then
	 */
	DemandReceipt receive(SubmitDemand demand);

	/**
	 * Receives a corrected version of a demand of the requester's agency; the earlier
	 * versions are kept.
	 * @throws dev.writ.shared.validation.InvalidInput when the demand cannot be corrected
	 * now, or a field is wrong
	 */
	DemandReceipt resubmit(String reference, SubmitDemand corrected);

	/**
	 * Withdraws a demand of the requester's agency.
	 * @throws dev.writ.shared.validation.InvalidInput when it is already finished
	 */
	void withdraw(String reference, java.util.UUID agencyId, String actor);

}
