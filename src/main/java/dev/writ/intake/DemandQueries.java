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

	/** Demands not yet finished, oldest first. */
	List<DemandSummary> open();

	Optional<DemandSummary> byReference(String reference);

	/**
	 * Demands related to one (same account, same case number, earlier preservation),
	 * newest first. For staff only.
	 */
	List<RelatedDemand> related(String reference);

	/**
	 * The references of demands received on the days from {@code first} to {@code last}
	 * (both included, in the provider's legal time zone), oldest first.
	 */
	List<String> receivedBetween(java.time.LocalDate first, java.time.LocalDate last);

	/** One demand in full. */
	Optional<DemandDetail> detail(String reference);

	/**
	 * Every version submitted, oldest first, as scenario JSON (facts) with its
	 * assessment.
	 */
	List<Revision> revisions(String reference);

	/**
	 * One submitted version.
	 */
	record Revision(int number, java.time.Instant submittedAt, String factsJson, AssessmentSummary assessment) {

	}

}
