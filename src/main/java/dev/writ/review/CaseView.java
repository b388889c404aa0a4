package dev.writ.review;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as the queue and the case page see it.
 *
 * @param due the statutory due time from the {@link StatutoryClock}, or null
 * @param allowedActions what staff may do now (the only buttons a page may show)
 * @param version pass it back with the next command
 */
public record CaseView(UUID caseId, UUID demandId, String reference, String processType, CaseAction.Track track,
		CaseState state, boolean emergency, boolean fourEyes, @Nullable String assignee, @Nullable String firstApprover,
		boolean narrowed, Instant receivedAt, @Nullable String deadline, @Nullable Instant due, boolean overdue,
		Set<CaseAction> allowedActions, List<CaseStep> history, int version) {

	/** The queue's ordering key. */
	public StatutoryClock.QueueKey queueKey() {
		return new StatutoryClock.QueueKey(this.emergency, this.due, this.receivedAt);
	}

	/** One transition of the case's history. */
	public record CaseStep(CaseState from, CaseAction action, CaseState to, String actor, @Nullable String role,
			String reason, @Nullable String justification, Instant at) {

	}

}
