package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * Traffic and content orders are for offences punishable by at least three years, or
 * listed EU-harmonised offences; the order must say which (legal-rules.md EEV-04).
 */
final class EuOffenceThreshold implements Rule {

	static final Citation EEV_04 = new Citation("EEV-04", "Reg. (EU) 2023/1543 Art. 5(2)-(4)");

	static final int MINIMUM_YEARS = 3;

	@Override
	public List<Citation> citations() {
		return List.of(EEV_04);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() != ProcessType.EUROPEAN_PRODUCTION_ORDER
				|| facts.process().crossBorder().isEuPreservationOrder()
				|| !EuDataClass.asksForTrafficOrContent(facts.dataRequested())) {
			return List.of();
		}
		Offence offence = facts.process().offence();
		if (offence == null || (offence.maxSentenceYears() == null && !offence.listed())) {
			return List
				.of(EEV_04.blocking(ReasonCode.FACIALLY_INVALID, "An order for traffic or content data must state "
						+ "the offence and its maximum sentence in the issuing State. Complete section on the offence of the certificate."));
		}
		if (offence.listed() || offence.maxSentenceYears() >= MINIMUM_YEARS) {
			return List.of();
		}
		return List.of(EEV_04.blocking(ReasonCode.EPO_OFFENCE_THRESHOLD_NOT_MET, "The offence carries at most "
				+ offence.maxSentenceYears() + " years and is not a listed offence; traffic and content data can be "
				+ "ordered only for offences punishable by at least 3 years. Limit the order to subscriber data."));
	}

}
