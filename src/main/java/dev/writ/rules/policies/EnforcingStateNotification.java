package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * A traffic or content order about a person who does not live in the issuing State must
 * be notified to the enforcing State, which has 10 days (96 hours in emergencies) to
 * raise a ground for refusal (legal-rules.md EEV-05).
 */
final class EnforcingStateNotification implements Rule {

	static final Citation EEV_05 = new Citation("EEV-05", "Reg. (EU) 2023/1543 Arts 8, 10(2), 12(1)");

	@Override
	public List<Citation> citations() {
		return List.of(EEV_05);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String issuer = Jurisdictions.country(facts.process().issuingJurisdiction());
		boolean foreignResident = facts.targets()
			.stream()
			.anyMatch(
					target -> target.ownerResidenceCountry() != null && !target.ownerResidenceCountry().equals(issuer));
		if (facts.process().type() != ProcessType.EUROPEAN_PRODUCTION_ORDER
				|| facts.process().crossBorder().isEuPreservationOrder()
				|| !EuDataClass.asksForTrafficOrContent(facts.dataRequested()) || !foreignResident) {
			return List.of();
		}
		return List
			.of(EEV_05.info(ReasonCode.EPO_NOTIFICATION_REQUIRED, "The person does not reside in the issuing State: "
					+ "the enforcing State must be notified and has 10 days (96 hours in an emergency) to raise a ground for "
					+ "refusal. The data are preserved meanwhile and released at the end of that period."));
	}

}
