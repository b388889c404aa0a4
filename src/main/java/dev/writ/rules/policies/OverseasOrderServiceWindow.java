package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * An overseas production order not served within three months of being made is treated as
 * quashed (legal-rules.md UK-01).
 */
final class OverseasOrderServiceWindow implements Rule {

	static final Citation UK_01 = new Citation("UK-01", "Crime (Overseas Production Orders) Act 2019, s. 9");

	@Override
	public List<Citation> citations() {
		return List.of(UK_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() != ProcessType.OVERSEAS_PRODUCTION_ORDER
				|| !facts.receivedDate().isAfter(facts.process().issueDate().plusMonths(3))) {
			return List.of();
		}
		return List.of(UK_01.blocking(ReasonCode.PROCESS_EXPIRED,
				"The order was made on " + facts.process().issueDate() + " and served on " + facts.receivedDate()
						+ ", more than three months later, so it is treated as quashed. " + "Apply for a new order."));
	}

}
