package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.ConflictLaw;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * A provider may object to a European Production Order whose execution would conflict
 * with the law of a third country, e.g. content held in the United States, which US law
 * forbids handing to a foreign government outside an agreement (legal-rules.md EEV-07,
 * Art. 17).
 */
final class EuThirdCountryConflict implements Rule {

	static final Citation EEV_07 = new Citation("EEV-07", "Reg. (EU) 2023/1543 Art. 17; 18 U.S.C. § 2702(a)");

	@Override
	public List<Citation> citations() {
		return List.of(EEV_07);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		if (facts.process().type() != ProcessType.EUROPEAN_PRODUCTION_ORDER
				|| facts.process().crossBorder().isEuPreservationOrder() || !facts.asksForContent()) {
			return findings;
		}
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			if ("US".equals(target.dataLocation()) || declaredConflict(facts.context().conflictLaw())) {
				findings.add(EEV_07.blocking(ReasonCode.EPO_THIRD_COUNTRY_CONFLICT, i,
						"Target " + (i + 1) + " (" + target.identifier()
								+ "): producing this content would conflict with the law of a third country "
								+ "(content held in " + target.dataLocation()
								+ "). The provider raises a reasoned objection " + "within 10 days (Art. 17)."));
			}
		}
		return findings;
	}

	private static boolean declaredConflict(ConflictLaw conflict) {
		return conflict != null && conflict.materialRisk() && conflict.country() != null
				&& !Jurisdictions.isEu(conflict.country());
	}

}
