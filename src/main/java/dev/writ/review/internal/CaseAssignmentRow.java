package dev.writ.review.internal;

import java.time.Instant;

import org.springframework.data.relational.core.mapping.Table;

/**
 * One assignment of a case, kept with the case: who holds it from when, given by whom.
 */
@Table("review_case_assignment")
record CaseAssignmentRow(String assignee, String assignedBy, String reason, Instant assignedAt) {

}
