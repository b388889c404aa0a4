package dev.writ.intake.internal;

import java.util.List;

import dev.writ.intake.Deficiency;
import dev.writ.rules.Assessment;
import dev.writ.rules.Outcome;
import dev.writ.rules.Severity;

/**
 * What a deficiency notice lists: when the engine rejects a demand, every finding that
 * stops or cuts it, each with the engine's words on what to fix. A demand that is not
 * rejected has no deficiencies, even when the provider narrows it.
 */
final class Deficiencies {

	private Deficiencies() {
	}

	static List<Deficiency> of(Assessment assessment) {
		if (assessment.outcome() != Outcome.REJECT) {
			return List.of();
		}
		return assessment.findings()
			.stream()
			.filter(finding -> finding.severity() != Severity.INFO)
			.map(finding -> new Deficiency(finding.code().name(), finding.message(), finding.rule(),
					finding.citation()))
			.distinct()
			.toList();
	}

}
