package dev.writ.review.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

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
import org.springframework.data.relational.core.mapping.Embedded;
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

	private String jurisdiction;

	private Track track;

	private boolean emergency;

	private boolean fourEyes;

	private Instant receivedAt;

	private @Nullable String deadline;

	private CaseState state;

	private @Nullable String assignee;

	@Embedded.Empty
	private CaseDecisions decisions = CaseDecisions.none();

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
		opened.jurisdiction = opening.jurisdiction();
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
		restored.jurisdiction = "US-federal";
		restored.receivedAt = Instant.EPOCH;
		restored.openedAt = Instant.EPOCH;
		restored.state = state;
		restored.track = track;
		restored.fourEyes = fourEyes;
		restored.decisions = new CaseDecisions(firstApprover, false, null, null, null, null, null, null, null, null,
				null, null, null, null);
		return restored;
	}

	/**
	 * Takes one step.
	 * @param context what the rules of decision need to know about the demand
	 * @return the state the case is in now
	 */
	CaseState apply(CaseCommand command, DecisionContext context, Instant now) {
		CaseAction action = command.action();
		CaseState to = Lifecycle.next(this.state, action, this.fourEyes)
			.orElseThrow(() -> new IllegalTransition(this.demandReference, this.state, action,
					"in this state (allowed now: " + allowedActions() + ")"));
		if (!action.track().fits(this.track)) {
			throw new IllegalTransition(this.demandReference, this.state, action,
					"on a " + this.track.name().toLowerCase() + " case");
		}
		guard(command, context.blockingFinding());
		boolean narrowed = DecisionRules.check(command, context);
		effects(command, narrowed, now);
		Map<String, String> decided = decided(command, narrowed);
		Reviewer actor = command.actor();
		String role = (actor.role() != null) ? actor.role().name() : null;
		this.transitions.add(new CaseTransitionRow(this.state, action, to, actor.username(), role, command.reason(),
				command.justification(), decided.isEmpty() ? null : words(decided), now));
		registerEvent(new CaseTransitioned(this.id, this.demandReference, this.state, action, to, actor.username(),
				role, command.reason(), command.justification(), decided));
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
			FourEyesRule.checkSecondApproval(this.decisions.firstApprover(), command.actor());
		}
	}

	private void effects(CaseCommand command, boolean narrowed, Instant now) {
		this.decisions = this.decisions.after(command, narrowed);
		switch (command.action()) {
			case RETURN_TO_TRIAGE -> this.decisions = this.decisions.approvalWithdrawn();
			case PLACE_HOLD -> this.holdPlacedAt = now;
			case EXTEND_HOLD -> this.holdExtended = true;
			default -> {
			}
		}
	}

	private static Map<String, String> decided(CaseCommand command, boolean narrowed) {
		Map<String, String> decided = new LinkedHashMap<>();
		if (command.decision() != null) {
			decided.putAll(new TreeMap<>(command.decision().details()));
		}
		if (narrowed) {
			decided.put("narrowed", "true");
		}
		return decided;
	}

	private static String words(Map<String, String> decided) {
		return decided.entrySet()
			.stream()
			.map(entry -> entry.getKey() + ": " + entry.getValue())
			.collect(Collectors.joining("; "));
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
		if (this.state == CaseState.CHALLENGED && this.decisions.challengeDueOn() != null) {
			return clock.endOf(this.decisions.challengeDueOn());
		}
		return clock.dueAt(this.receivedAt, this.deadline);
	}

	CaseView view(StatutoryClock clock) {
		Instant due = due(clock);
		CaseView.Hold hold = (this.holdPlacedAt == null) ? null : new CaseView.Hold(this.holdPlacedAt,
				this.holdExtended, clock.preservationExpiry(this.holdPlacedAt, this.holdExtended));
		return new CaseView(this.id, this.demandId, this.demandReference, this.processType, this.jurisdiction,
				this.track, this.state, this.emergency, this.fourEyes, this.assignee, this.receivedAt, this.deadline,
				due, clock.overdue(due), this.decisions.view(), hold, allowedActions(),
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
