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
 * US law lets a provider give content to a foreign government only under an executive
 * agreement; without one, the foreign authority must ask the US through mutual legal
 * assistance, and a US court issues the warrant (legal-rules.md MLAT-01, SCA-20, SCA-25).
 * The non-content part may still be answered (SCA-22).
 */
final class ForeignContentThroughMlat implements Rule {

	static final Citation MLAT_01 = new Citation("MLAT-01", "18 U.S.C. § 2702(a)-(b), § 3512");

	@Override
	public List<Citation> citations() {
		return List.of(MLAT_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<DataCategory> content = Categories.content(facts.dataRequested());
		if (!appliesTo(facts) || content.isEmpty()) {
			return List.of();
		}
		return List.of(MLAT_01.withholding(ReasonCode.FOREIGN_CONTENT_REQUIRES_MLAT, content, facts.dataRequested(),
				"Content (" + Categories.names(content)
						+ ") cannot be given to a foreign authority outside a CLOUD Act "
						+ "agreement. Request it through mutual legal assistance (US Department of Justice, Office of "
						+ "International Affairs); a US court can then issue a warrant."));
	}

	/**
	 * A foreign governmental demand that is neither an EU order nor an agreement order
	 * nor US-court MLAT process.
	 */
	static boolean appliesTo(DemandFacts facts) {
		return facts.requester().isForeignGovernment() && !facts.process().isEuOrder()
				&& !Agreements.isAgreementOrder(facts) && !MlatProcess.issuedByUsCourt(facts)
				&& facts.process().type() != ProcessType.PRESERVATION_REQUEST;
	}

}
