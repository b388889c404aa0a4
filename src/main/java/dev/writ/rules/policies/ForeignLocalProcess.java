package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;

/**
 * A foreign government is not a "governmental entity" of the SCA, so non-content records
 * may be given to it under its valid local process (legal-rules.md SCA-22).
 */
final class ForeignLocalProcess implements Rule {

	static final Citation SCA_22 = new Citation("SCA-22", "18 U.S.C. § 2702(c)(6), § 2711(4)");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_22);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<DataCategory> nonContent = Categories.only(facts.dataRequested(), Categories.NON_CONTENT);
		if (!ForeignContentThroughMlat.appliesTo(facts) || nonContent.isEmpty()) {
			return List.of();
		}
		return List.of(SCA_22.info(ReasonCode.FOREIGN_LOCAL_PROCESS_NONCONTENT, "Non-content records may be given to a "
				+ "foreign authority under its valid local process (18 U.S.C. 2702(c)(6))."));
	}

}
