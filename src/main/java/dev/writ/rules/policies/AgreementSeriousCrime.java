package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * Orders under the US-UK agreement must concern a serious crime: an offence punishable by
 * at least three years' imprisonment (legal-rules.md UK-02).
 */
final class AgreementSeriousCrime implements Rule {

	static final Citation UK_02 = AgreementTargeting.UK_02;

	static final int SERIOUS_CRIME_YEARS = 3;

	@Override
	public List<Citation> citations() {
		return List.of(UK_02);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (!Agreements.isAgreementOrder(facts)) {
			return List.of();
		}
		Offence offence = facts.process().offence();
		Integer years = (offence != null) ? offence.maxSentenceYears() : null;
		if (years != null && years >= SERIOUS_CRIME_YEARS) {
			return List.of();
		}
		String stated = (years == null) ? "The order does not state the offence's maximum sentence"
				: "The offence carries at most " + years + " years";
		return List
			.of(UK_02.blocking(ReasonCode.AGREEMENT_SERIOUS_CRIME_NOT_MET, stated + "; the agreement covers only "
					+ "serious crime (at least 3 years). Request the data through mutual legal assistance."));
	}

}
