package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Nondisclosure;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * A secrecy order delays customer notice while it is in force; an order without an end
 * date is in force until lifted, and may be challenged (legal-rules.md SCA-10).
 */
final class SecrecyOrderStatus implements Rule {

	static final Citation SCA_10 = new Citation("SCA-10", "18 U.S.C. § 2705(a), (b)");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_10);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Nondisclosure order = facts.process().nondisclosureOrder();
		if (!order.present()) {
			return List.of();
		}
		if (order.expires() == null) {
			return List
				.of(SCA_10.info(ReasonCode.NDO_NO_EXPIRY, "The secrecy order names no end date: notice is delayed "
						+ "until it is lifted. The provider may challenge an open-ended order."));
		}
		if (order.activeOn(facts.evaluatedOn())) {
			return List.of(SCA_10.info(ReasonCode.NDO_ACTIVE, "A secrecy order is in force until " + order.expires()
					+ "; the customer is told when it expires."));
		}
		return List.of(SCA_10.info(ReasonCode.NDO_EXPIRED,
				"The secrecy order expired on " + order.expires() + "; the customer may be told."));
	}

}
