package dev.writ.rules.decision;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

import org.jspecify.annotations.Nullable;

/**
 * Statutory response deadlines, as ISO 8601 durations from receipt: an EU production
 * order within 10 days, 8 hours in an emergency (EEV-06); a 2703(h) comity motion within
 * 14 days of service (SCA-09).
 */
final class ResponseDeadline {

	static final String EU_ORDER = "P10D";

	static final String EU_EMERGENCY = "PT8H";

	static final String COMITY_MOTION = "P14D";

	static final Citation EEV_06 = new Citation("EEV-06", "Reg. (EU) 2023/1543 Art. 10(1)-(4)");

	private static final Set<Outcome> ANSWERED_BY_THE_PROVIDER = Set.of(Outcome.DISCLOSE_CONTENT,
			Outcome.DISCLOSE_NONCONTENT_ONLY, Outcome.NARROW_THEN_DISCLOSE, Outcome.CHALLENGE_CONFLICT_OF_LAW);

	private ResponseDeadline() {
	}

	static @Nullable String of(DemandFacts facts, Outcome outcome, List<Outcome> perTarget, List<Finding> findings) {
		boolean productionOrder = facts.process().type() == ProcessType.EUROPEAN_PRODUCTION_ORDER
				&& !facts.process().crossBorder().isEuPreservationOrder();
		if (productionOrder && ANSWERED_BY_THE_PROVIDER.contains(outcome)) {
			if (facts.process().crossBorder().euEmergency()) {
				findings.add(EEV_06.info(ReasonCode.EPO_EMERGENCY_8H,
						"Emergency order: transmit the data within 8 hours of receipt."));
				return EU_EMERGENCY;
			}
			return EU_ORDER;
		}
		boolean motion = findings.stream().anyMatch(f -> f.code() == ReasonCode.CONFLICT_OF_LAWS_COMITY);
		if (motion && perTarget.contains(Outcome.CHALLENGE_CONFLICT_OF_LAW)) {
			return COMITY_MOTION;
		}
		return null;
	}

}
