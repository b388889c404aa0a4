package dev.writ.intake;

/**
 * Receiving demands.
 */
public interface DemandIntake {

	/**
	 * Records a demand as received and announces it.
	 * @throws IllegalArgumentException naming the field that is wrong; nothing is written
	 * then
	 */
	DemandReceipt receive(SubmitDemand demand);

}
