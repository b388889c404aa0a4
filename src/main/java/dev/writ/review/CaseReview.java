package dev.writ.review;

import java.util.List;
import java.util.Optional;

/**
 * Compliance review's public face: the queue, assignment, and every step on a case.
 * Commands carry the version the reviewer saw; a case changed since is refused with
 * {@link CaseChangedElsewhere} and nothing is written.
 */
public interface CaseReview {

	/** Open cases passing the filter, in the statutory clock's order. */
	List<CaseView> queue(QueueFilter filter);

	/**
	 * What an approval of the case is bounded by: what its demand asked and what the
	 * engine allows.
	 */
	Optional<ScopeRule.Bounds> bounds(String reference);

	/** The case of a demand. */
	Optional<CaseView> find(String reference);

	/**
	 * Assigns the case to an analyst or counsel, or reassigns it.
	 * @throws dev.writ.shared.validation.InvalidInput when the assignee is not a reviewer
	 * @throws CaseChangedElsewhere when the case changed since {@code expectedVersion}
	 */
	CaseView assign(String reference, int expectedVersion, String assignee, Reviewer actor, String reason);

	/**
	 * Takes one step on the case.
	 * @throws IllegalTransition when the lifecycle does not allow it now
	 * @throws DecisionRefused when the four-eyes rule or the counsel override refuses it
	 * @throws CaseChangedElsewhere when the case changed since the command's version
	 */
	CaseView act(CaseCommand command);

}
