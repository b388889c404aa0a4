package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

/**
 * Emergency disclosure is voluntary and limited to what addresses the emergency:
 * non-content records by default; content only where the request ties it specifically to
 * preventing the harm, which is for a reviewer to accept (legal-rules.md SCA-21).
 */
final class EmergencyDisclosureScope implements Rule {

	static final Citation SCA_21 = new Citation("SCA-21", "18 U.S.C. § 2702(b)(8), (c)(4)");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_21);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<DataCategory> content = Categories.content(facts.dataRequested());
		if (facts.process().type() != ProcessType.EMERGENCY_REQUEST || content.isEmpty()) {
			return List.of();
		}
		return List.of(SCA_21.withholding(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS, content, facts.dataRequested(),
				"Emergency disclosure covers non-content records by default; content (" + Categories.names(content)
						+ ") is released only if a reviewer accepts that it is needed to prevent the harm, or under a warrant."));
	}

}
