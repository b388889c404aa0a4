package dev.writ.review.internal;

import java.time.Instant;

import dev.writ.review.CaseAction;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView.CaseStep;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a case's history, kept with the case.
 *
 * @param decision what the step decided, in words, or null
 */
@Table("review_case_transition")
record CaseTransitionRow(CaseState fromState, CaseAction action, CaseState toState, String actor,
		@Nullable String actorRole, String reason, @Nullable String justification, @Nullable String decision,
		Instant occurredAt) {

	CaseStep step() {
		return new CaseStep(this.fromState, this.action, this.toState, this.actor, this.actorRole, this.reason,
				this.justification, this.decision, this.occurredAt);
	}

}
