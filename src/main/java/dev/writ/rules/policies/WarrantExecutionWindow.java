package dev.writ.rules.policies;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * A search warrant must be executed, which for a warrant served on a provider means
 * served, within its window: 14 days for a federal warrant, the issuing State's period
 * where known (legal-rules.md SCA-06).
 */
final class WarrantExecutionWindow implements Rule {

	static final Citation SCA_06 = new Citation("SCA-06",
			"Fed. R. Crim. P. 41(e)(2)(A)(i); Cal. Penal Code § 1534; 18 U.S.C. § 2703(g)");

	/**
	 * Execution windows in days: federal, and the States whose period the rule base
	 * records.
	 */
	private static final Map<String, Integer> WINDOW_DAYS = Map.of("US-FEDERAL", 14, "US-CA", 10);

	@Override
	public List<Citation> citations() {
		return List.of(SCA_06);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String jurisdiction = String.valueOf(facts.process().issuingJurisdiction()).toUpperCase(java.util.Locale.ROOT);
		Integer window = WINDOW_DAYS.get(jurisdiction);
		if (facts.process().type() != ProcessType.SEARCH_WARRANT || window == null) {
			return List.of();
		}
		long days = ChronoUnit.DAYS.between(facts.process().issueDate(), facts.receivedDate());
		if (days <= window) {
			return List.of();
		}
		return List.of(SCA_06.blocking(ReasonCode.PROCESS_EXPIRED,
				"The warrant was issued on " + facts.process().issueDate() + " and served " + days
						+ " days later; its execution window is " + window
						+ " days. Have the court issue a new warrant."));
	}

}
