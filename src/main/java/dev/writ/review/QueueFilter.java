package dev.writ.review;

import org.jspecify.annotations.Nullable;

/**
 * Which open cases the queue shows; an unset part matches every case.
 *
 * @param assignee a user name, or {@link #UNASSIGNED} for cases nobody holds
 * @param jurisdiction an issuing jurisdiction ({@code US-federal}, {@code US-WA}, ...)
 * @param processType a process type code ({@code subpoena}, {@code search_warrant}, ...)
 */
public record QueueFilter(@Nullable CaseState state, @Nullable String assignee, boolean overdueOnly,
		@Nullable String jurisdiction, @Nullable String processType) {

	/** Matches cases without an assignee. */
	public static final String UNASSIGNED = "-";

	/** Every open case. */
	public static QueueFilter all() {
		return new QueueFilter(null, null, false, null, null);
	}

	/** Whether a case passes the filter. */
	public boolean test(CaseView view) {
		return (this.state == null || this.state == view.state()) && assigneeMatches(view.assignee())
				&& (!this.overdueOnly || view.overdue())
				&& (this.jurisdiction == null || this.jurisdiction.equalsIgnoreCase(view.jurisdiction()))
				&& (this.processType == null || this.processType.equals(view.processType()));
	}

	private boolean assigneeMatches(@Nullable String actual) {
		if (this.assignee == null) {
			return true;
		}
		return UNASSIGNED.equals(this.assignee) ? actual == null
				: this.assignee.equalsIgnoreCase(String.valueOf(actual));
	}

}
