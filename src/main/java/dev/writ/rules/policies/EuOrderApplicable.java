package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * A European Production or Preservation Order exists only from 18 August 2026, and only
 * between Member States bound by the Regulation: not Denmark, not third countries
 * (legal-rules.md EEV-01).
 */
final class EuOrderApplicable implements Rule {

	static final LocalDate APPLICABLE_FROM = LocalDate.of(2026, 8, 18);

	static final Citation EEV_01 = new Citation("EEV-01", "Reg. (EU) 2023/1543 Arts 1, 3, 34");

	@Override
	public List<Citation> citations() {
		return List.of(EEV_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (!facts.process().isEuOrder()) {
			return List.of();
		}
		List<Finding> findings = new ArrayList<>();
		String issuer = Jurisdictions.country(facts.process().issuingJurisdiction());
		if (facts.process().issueDate().isBefore(APPLICABLE_FROM)) {
			findings.add(EEV_01.blocking(ReasonCode.FACIALLY_INVALID,
					"The order is dated " + facts.process().issueDate()
							+ ", before Regulation (EU) 2023/1543 applies (18 August 2026). "
							+ "Use a domestic instrument or mutual legal assistance, or issue a new order."));
		}
		if ("DK".equals(issuer)) {
			findings.add(EEV_01.blocking(ReasonCode.FACIALLY_INVALID,
					"Denmark does not take part in Regulation (EU) 2023/1543; a Danish authority cannot issue a "
							+ "European order. Use mutual legal assistance."));
		}
		else if (!Jurisdictions.isEu(issuer)) {
			findings.add(EEV_01.blocking(ReasonCode.FACIALLY_INVALID,
					"Only judicial authorities of EU Member States "
							+ "can issue European orders; the issuing jurisdiction is "
							+ facts.process().issuingJurisdiction() + "."));
		}
		return findings;
	}

}
