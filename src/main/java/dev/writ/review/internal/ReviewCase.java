package dev.writ.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseAssigned;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseOpened;
import dev.writ.review.CaseState;
import dev.writ.review.CaseTransitioned;
import dev.writ.review.CaseView;
import dev.writ.review.CounselOverride;
import dev.writ.review.DecisionRefused;
import dev.writ.review.FourEyesRule;
import dev.writ.review.IllegalTransition;
import dev.writ.review.Lifecycle;
import dev.writ.review.Reviewer;
import dev.writ.review.StatutoryClock;
import dev.writ.shared.validation.InvalidInput;

import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The review case of one demand (aggregate root). Every move goes through {@link #apply},
 * which asks the {@link Lifecycle} table and the rules of decision first; each move is
 * kept in the case's history and published as an auditable event.
 */
@Table("review_case")
class ReviewCase extends AbstractAggregateRoot<ReviewCase> {

	@Id
	private UUID id;

	private UUID demandId;

	private String demandReference;

	private String processType;

	private Track track;

	private boolean emergency;

	private boolean fourEyes;

	private Instant receivedAt;

	private @Nullable String deadline;

	private CaseState state;

	private @Nullable String assignee;

	private @Nullable String firstApprover;

	private boolean narrowed;

	private @Nullable Instant holdPlacedAt;

	private boolean holdExtended;

	private Instant openedAt;

	@MappedCollection(idColumn = "case_id", keyColumn = "position")
	private List<CaseTransitionRow> transitions = new ArrayList<>();

	@MappedCollection(idColumn = "case_id", keyColumn = "position")
	private List<CaseAssignmentRow> assignments = new ArrayList<>();

	@Version
	private @Nullable Integer version;

	ReviewCase() {
	}

	static ReviewCase open(Opening opening, Instant now) {
		ReviewCase opened = restore(opening.state(), opening.track(), opening.fourEyes(), null);
		opened.demandId = opening.demandId();
		opened.demandReference = opening.reference();
		opened.processType = opening.processType();
		opened.emergency = opening.emergency();
		opened.receivedAt = opening.receivedAt();
		opened.deadline = opening.deadline();
		opened.openedAt = now;
		opened.registerEvent(new CaseOpened(opened.id, opening.reference(), opening.state(), opening.processType(),
				opening.emergency(), opening.fourEyes(), opening.actor()));
		return opened;
	}

	/** A case in any state, as tests and the opening need it. */
	static ReviewCase restore(CaseState state, Track track, boolean fourEyes, @Nullable String firstApprover) {
		ReviewCase restored = new ReviewCase();
		restored.id = UUID.randomUUID();
		restored.demandId = UUID.randomUUID();
		restored.demandReference = "WR-TEST";
		restored.processType = "test";
		restored.receivedAt = Instant.EPOCH;
		restored.openedAt = Instant.EPOCH;
		restored.state = state;
		restored.track = track;
		restored.fourEyes = fourEyes;
		restored.firstApprover = firstApprover;
		return restored;
	}

	/**
	 * Takes one step.
	 * @param blockingFinding whether the engine's assessment has a blocking finding
	 * @return the state the case is in now
	 */
	CaseState apply(CaseCommand command, boolean blockingFinding, Instant now) {
		CaseAction action = command.action();
		CaseState to = Lifecycle.next(this.state, action, this.fourEyes)
			.orElseThrow(() -> new IllegalTransition(this.demandReference, this.state, action,
					"in this state (allowed now: " + allowedActions() + ")"));
		if (!action.track().fits(this.track)) {
			throw new IllegalTransition(this.demandReference, this.state, action,
					"on a " + this.track.name().toLowerCase() + " case");
		}
		guard(command, blockingFinding);
		effects(command, now);
		Reviewer actor = command.actor();
		String role = (actor.role() != null) ? actor.role().name() : null;
		this.transitions.add(new CaseTransitionRow(this.state, action, to, actor.username(), role, command.reason(),
				command.justification(), now));
		registerEvent(new CaseTransitioned(this.id, this.demandReference, this.state, action, to, actor.username(),
				role, command.reason(), command.justification(), command.narrowed()));
		this.state = to;
		return to;
	}

	private void guard(CaseCommand command, boolean blockingFinding) {
		if (command.action().origin() == CaseAction.Origin.STAFF && !command.actor().reviews()) {
			throw new DecisionRefused("actor", "only an analyst or counsel may " + command.action());
		}
		InvalidInput.require(!command.reason().isBlank(), "reason", "say why");
		CounselOverride.check(command.action(), blockingFinding, command.actor(), command.justification());
		if (command.action() == CaseAction.CONFIRM_APPROVAL) {
			FourEyesRule.checkSecondApproval(this.firstApprover, command.actor());
		}
	}

	private void effects(CaseCommand command, Instant now) {
		switch (command.action()) {
			case APPROVE -> {
				this.firstApprover = command.actor().username();
				this.narrowed = command.narrowed();
			}
			case RETURN_TO_TRIAGE -> {
				this.firstApprover = null;
				this.narrowed = false;
			}
			case PLACE_HOLD -> this.holdPlacedAt = now;
			case EXTEND_HOLD -> this.holdExtended = true;
			default -> {
			}
		}
	}

	void assign(String newAssignee, Reviewer actor, String reason, Instant now) {
		if (this.state.finished()) {
			throw new InvalidInput("assignee",
					"case " + this.demandReference + " is " + this.state + " and can no longer be assigned");
		}
		InvalidInput.require(!reason.isBlank(), "reason", "say why");
		String previous = this.assignee;
		this.assignee = newAssignee;
		this.assignments.add(new CaseAssignmentRow(newAssignee, actor.username(), reason, now));
		registerEvent(new CaseAssigned(this.id, this.demandReference, previous, newAssignee, actor.username(), reason));
	}

	java.util.Set<CaseAction> allowedActions() {
		return Lifecycle.allowedActions(this.state, this.track);
	}

	@Nullable Instant due(StatutoryClock clock) {
		if ((this.state == CaseState.HOLD_PLACED || this.state == CaseState.HOLD_EXTENDED)
				&& this.holdPlacedAt != null) {
			return clock.preservationExpiry(this.holdPlacedAt, this.holdExtended);
		}
		return clock.dueAt(this.receivedAt, this.deadline);
	}

	CaseView view(StatutoryClock clock) {
		Instant due = due(clock);
		return new CaseView(this.id, this.demandId, this.demandReference, this.processType, this.track, this.state,
				this.emergency, this.fourEyes, this.assignee, this.firstApprover, this.narrowed, this.receivedAt,
				this.deadline, due, clock.overdue(due), allowedActions(),
				this.transitions.stream().map(CaseTransitionRow::step).toList(),
				(this.version != null) ? this.version : 0);
	}

	/** The events the next save publishes. */
	List<Object> pendingEvents() {
		return List.copyOf(domainEvents());
	}

	CaseState state() {
		return this.state;
	}

	String reference() {
		return this.demandReference;
	}

	int version() {
		return (this.version != null) ? this.version : 0;
	}

}
