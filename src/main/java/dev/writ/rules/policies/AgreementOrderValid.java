package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * An order that meets the executive agreement's conditions lifts the SCA's bar: the
 * provider may produce content to that foreign government (legal-rules.md SCA-25, UK-02).
 */
final class AgreementOrderValid implements Rule {

	static final Citation SCA_25 = new Citation("SCA-25", "18 U.S.C. § 2702(b)(9), (c)(7), § 2523");

	private final AgreementTargeting targeting = new AgreementTargeting();

	private final AgreementSeriousCrime seriousCrime = new AgreementSeriousCrime();

	@Override
	public List<Citation> citations() {
		return List.of(SCA_25);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (!Agreements.isAgreementOrder(facts) || !this.targeting.check(facts, profile).isEmpty()
				|| !this.seriousCrime.check(facts, profile).isEmpty()) {
			return List.of();
		}
		return List.of(SCA_25.info(ReasonCode.AGREEMENT_ORDER_VALID, "The order is within the executive agreement: "
				+ "serious crime, no US person targeted, transmitted by the designated authority."));
	}

}
