package dev.writ.review.internal;

import java.time.Instant;

import dev.writ.review.CaseAction;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView.CaseStep;

import org.jspecify.annotations.Nullable;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One step of a case's history, kept with the case.
 */
@Table("review_case_transition")
record CaseTransitionRow(CaseState fromState, CaseAction action, CaseState toState, String actor,
		@Nullable String actorRole, String reason, @Nullable String justification, Instant occurredAt) {

	CaseStep step() {
		return new CaseStep(this.fromState, this.action, this.toState, this.actor, this.actorRole, this.reason,
				this.justification, this.occurredAt);
	}

}
