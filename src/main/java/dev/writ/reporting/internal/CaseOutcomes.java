package dev.writ.reporting.internal;

import java.util.List;

import dev.writ.intake.DemandDetail;
import dev.writ.review.ApprovalScope;
import dev.writ.review.CaseState;
import dev.writ.review.CaseView;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.shared.legal.DataCategory;
import org.jspecify.annotations.Nullable;

/**
 * The report's outcome of one of Writ's demands, from where its review case stands: an
 * approval counts as disclosure (of content when the approved scope holds any), a closed
 * case by the decision it was closed after, and anything still undecided as pending.
 */
final class CaseOutcomes {

	static final String NO_DATA = "no_data_found";

	private CaseOutcomes() {
	}

	static Outcome of(@Nullable CaseView reviewed, DemandDetail demand) {
		if (reviewed == null) {
			return Outcome.PENDING;
		}
		return switch (decisiveState(reviewed)) {
			case APPROVED, IN_PRODUCTION, DELIVERED -> disclosed(reviewed.decided().scope());
			case REJECTED -> NO_DATA.equals(demand.assessment().outcome()) ? Outcome.NO_DATA_FOUND : Outcome.REJECTED;
			case WITHDRAWN -> Outcome.WITHDRAWN;
			case REDIRECTED_TO_CUSTOMER -> Outcome.REDIRECTED_TO_CUSTOMER;
			case CHALLENGED -> Outcome.CHALLENGED;
			case ROUTED_TO_MLAT -> Outcome.ROUTED_TO_MLAT;
			default -> Outcome.PENDING;
		};
	}

	/** The state that decided a closed case: the one it was closed from. */
	private static CaseState decisiveState(CaseView reviewed) {
		if (reviewed.state() != CaseState.CLOSED) {
			return reviewed.state();
		}
		List<CaseView.CaseStep> history = reviewed.history();
		return history.isEmpty() ? CaseState.CLOSED : history.getLast().from();
	}

	private static Outcome disclosed(@Nullable ApprovalScope scope) {
		boolean content = scope != null && scope.categories().stream().anyMatch(DataCategory::isContent);
		return content ? Outcome.CONTENT : Outcome.NON_CONTENT_ONLY;
	}

}
