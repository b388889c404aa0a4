package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * No account, no data: the target is answered "no data found" (legal-rules.md POL-NODATA;
 * for EU orders the Annex III form, EEV-06).
 */
final class AccountExists implements Rule {

	static final Citation POL_NODATA = new Citation("POL-NODATA", "Provider policy; Reg. (EU) 2023/1543 Art. 10(6)");

	@Override
	public List<Citation> citations() {
		return List.of(POL_NODATA);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < facts.targets().size(); i++) {
			if (!facts.targets().get(i).exists()) {
				findings.add(POL_NODATA.blocking(ReasonCode.ACCOUNT_NOT_FOUND, i,
						"Target " + (i + 1) + " (" + facts.targets().get(i).identifier()
								+ "): no account matches this identifier. Check it against "
								+ "the evidence; a corrected identifier needs a new demand."));
			}
		}
		return findings;
	}

}
