package dev.writ.rules.decision;

import java.util.Comparator;
import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.ReasonCode.Effect;

/**
 * The reason codes of an assessment: every code the findings carry, rejection and routing
 * codes first, without codes that support a release that did not happen or a hold that
 * was not placed.
 */
final class Reasons {

	private Reasons() {
	}

	static List<ReasonCode> of(List<Finding> findings, Outcome outcome) {
		return findings.stream()
			.map(Finding::code)
			.distinct()
			.filter(code -> code.effect() != Effect.RELEASE || outcome.releasesData())
			.filter(code -> code.effect() != Effect.PRESERVE || outcome == Outcome.PRESERVE_ONLY)
			.sorted(Comparator.comparing(ReasonCode::group))
			.toList();
	}

}
