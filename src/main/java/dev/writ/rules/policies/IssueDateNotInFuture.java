package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * An instrument cannot be dated after it was received (legal-rules.md POL-FORM, wrong
 * dates).
 */
final class IssueDateNotInFuture implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (!facts.process().issueDate().isAfter(facts.receivedDate())) {
			return List.of();
		}
		return List.of(POL_FORM.blocking(ReasonCode.ISSUE_DATE_IN_FUTURE,
				"The instrument is dated " + facts.process().issueDate() + ", after it was received on "
						+ facts.receivedDate() + ". Check the date and serve it again."));
	}

}
