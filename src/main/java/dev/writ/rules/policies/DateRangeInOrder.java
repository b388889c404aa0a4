package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * The period asked for must make sense on the day the demand arrives: not reversed, not
 * wholly in the future; a period running past receipt is cut at receipt (legal-rules.md
 * POL-FORM, wrong dates).
 */
final class DateRangeInOrder implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		DateRange range = facts.process().dateRange();
		if (range == null) {
			return List.of();
		}
		LocalDate received = facts.receivedDate();
		if (range.from().isAfter(range.to())) {
			return List.of(POL_FORM.blocking(ReasonCode.DATE_RANGE_REVERSED, "The period starts on " + range.from()
					+ ", after it ends on " + range.to() + ". Correct the dates."));
		}
		if (range.from().isAfter(received)) {
			return List.of(POL_FORM.blocking(ReasonCode.DATE_RANGE_IN_FUTURE,
					"The whole period (" + range.from() + " to " + range.to()
							+ ") lies after the demand was received on " + received
							+ "; there are no such records yet."));
		}
		if (range.to().isAfter(received)) {
			return List.of(POL_FORM.narrowing(ReasonCode.DATE_RANGE_TRUNCATED, "The period runs to " + range.to()
					+ ", past receipt on " + received + "; only records up to " + received + " can be produced."));
		}
		return List.of();
	}

}
