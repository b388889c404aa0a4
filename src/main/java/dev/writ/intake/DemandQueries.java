package dev.writ.intake;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Reading demands.
 */
public interface DemandQueries {

	/** An agency's demands, newest first. */
	List<DemandSummary> forAgency(UUID agencyId);

	/** Demands not yet closed, oldest first. */
	List<DemandSummary> open();

	Optional<DemandSummary> byReference(String reference);

}
