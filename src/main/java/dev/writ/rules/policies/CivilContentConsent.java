package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.RequesterKind;

/**
 * A civil litigant (or a criminal defendant) can obtain non-content records with a valid
 * subpoena, but no subpoena or court order compels content: only the account owner's
 * specific consent allows it (legal-rules.md POL-CIVIL, SCA-22, SCA-23; Suzlon Energy v.
 * Microsoft).
 */
final class CivilContentConsent implements Rule {

	static final Citation POL_CIVIL = new Citation("POL-CIVIL",
			"18 U.S.C. § 2702(b)(3), (c)(6); Suzlon Energy Ltd. v. Microsoft Corp., 671 F.3d 726 (9th Cir. 2011)");

	@Override
	public List<Citation> citations() {
		return List.of(POL_CIVIL);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<DataCategory> content = Categories.content(facts.dataRequested());
		if (facts.requester().kind() != RequesterKind.CIVIL_LITIGANT || content.isEmpty()) {
			return List.of();
		}
		if (facts.process().accountOwnerConsent()) {
			return List.of(POL_CIVIL.info(ReasonCode.OWNER_CONSENT, "The account owner's specific consent supports "
					+ "disclosing content (" + Categories.names(content) + ")."));
		}
		return List.of(POL_CIVIL.withholding(ReasonCode.CIVIL_CONTENT_REQUIRES_CONSENT, content, facts.dataRequested(),
				"A civil subpoena cannot compel content (" + Categories.names(content)
						+ "). Obtain the account owner's "
						+ "specific written consent, or seek the content from the owner in discovery."));
	}

}
