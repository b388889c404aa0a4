package dev.writ.intake;

import java.util.List;

/**
 * How review's decisions reach the requester: the demand takes the decided status, the
 * notice is kept with it and shown on the requester's page, and the requester is told by
 * e-mail that something changed (the e-mail says nothing more).
 */
public interface DemandOutcomes {

	/**
	 * Records a decision notice on its demand.
	 * @throws dev.writ.shared.validation.InvalidInput when the demand is unknown or
	 * already finished
	 */
	void record(DecisionNotice notice);

	/** Every notice recorded on a demand, oldest first. */
	List<DecisionNotice> notices(String reference);

}
