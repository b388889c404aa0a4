package dev.writ.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A case as the queue and the case page see it.
 *
 * @param jurisdiction the issuing jurisdiction of the demand ({@code US-federal},
 * {@code US-WA}, {@code DE}, ...)
 * @param due the statutory due time from the {@link StatutoryClock}, or null
 * @param hold the preservation hold in force or last in force, or null
 * @param allowedActions what staff may do now (the only buttons a page may show)
 * @param version pass it back with the next command
 */
@SuppressWarnings("checkstyle:ParameterNumber")
public record CaseView(UUID caseId, UUID demandId, String reference, String processType, String jurisdiction,
		CaseAction.Track track, CaseState state, boolean emergency, boolean fourEyes, @Nullable String assignee,
		Instant receivedAt, @Nullable String deadline, @Nullable Instant due, boolean overdue, Decided decided,
		@Nullable Hold hold, Set<CaseAction> allowedActions, List<CaseStep> history, int version) {

	/** The queue's ordering key. */
	public StatutoryClock.QueueKey queueKey() {
		return new StatutoryClock.QueueKey(this.emergency, this.due, this.receivedAt);
	}

	/** Who gave the first approval, while a case waits for the second. */
	public @Nullable String firstApprover() {
		return this.decided.firstApprover();
	}

	/**
	 * What has been decided on the case.
	 *
	 * @param scope what the approval authorises, or null when nothing is approved
	 * @param narrowed whether the approved scope is narrower than the demand asked
	 * @param rejectionReasons the reason codes of a rejection
	 * @param redirect the customer a demand was redirected to, with what was sent
	 * @param challenge the challenge filed, with its outcome once known
	 */
	public record Decided(@Nullable String firstApprover, boolean narrowed, @Nullable ApprovalScope scope,
			List<String> rejectionReasons, Decision.@Nullable Redirect redirect, @Nullable ChallengeView challenge) {

	}

	/**
	 * A challenge filed against the demand.
	 *
	 * @param outcome null while it is pending
	 */
	public record ChallengeView(Decision.ChallengeKind kind, LocalDate dueOn,
			Decision.@Nullable ChallengeOutcome outcome) {

	}

	/**
	 * A preservation hold.
	 *
	 * @param expiresAt when it runs out (90 days, or 180 once extended)
	 */
	public record Hold(Instant placedAt, boolean extended, Instant expiresAt) {

	}

	/**
	 * One transition of the case's history.
	 *
	 * @param decision what the step decided, in words (scope, reasons, customer,
	 * challenge), or null
	 */
	public record CaseStep(CaseState from, CaseAction action, CaseState to, String actor, @Nullable String role,
			String reason, @Nullable String justification, @Nullable String decision, Instant at) {

	}

}
