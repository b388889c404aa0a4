package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * An order under the US-UK (or US-Australia) agreement may not target a US person or a
 * person in the United States; such an order is outside the agreement and must go through
 * mutual legal assistance (legal-rules.md UK-02).
 */
final class AgreementTargeting implements Rule {

	static final Citation UK_02 = new Citation("UK-02",
			"US-UK Data Access Agreement (Cm 178, 2019), Art. 4; 18 U.S.C. § 2523(b)");

	@Override
	public List<Citation> citations() {
		return List.of(UK_02);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		if (!Agreements.isAgreementOrder(facts)) {
			return findings;
		}
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			if (target.usPerson() || "US".equals(target.ownerResidenceCountry())) {
				findings.add(UK_02.blocking(ReasonCode.AGREEMENT_TARGETING_RESTRICTION, i,
						"Target " + (i + 1) + " (" + target.identifier()
								+ ") is a US person or located in the United States; orders under the "
								+ "agreement may not target them. Request the data through mutual legal assistance."));
			}
		}
		return findings;
	}

}
