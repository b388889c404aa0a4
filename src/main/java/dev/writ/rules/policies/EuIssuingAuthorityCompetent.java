package dev.writ.rules.policies;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

import org.jspecify.annotations.Nullable;

/**
 * Who may issue a European Production Order depends on the data: a prosecutor suffices
 * for subscriber and identification data, traffic and content need a judge, court or
 * investigating judge; any other authority needs validation by one of those
 * (legal-rules.md EEV-03).
 */
final class EuIssuingAuthorityCompetent implements Rule {

	static final Citation EEV_03 = new Citation("EEV-03", "Reg. (EU) 2023/1543 Art. 4(1)-(3)");

	private static final Set<String> JUDICIAL = Set.of("judge", "court", "investigating_judge", "magistrate_judge");

	private static final Set<String> PROSECUTORIAL = Set.of("prosecutor", "public_prosecutor");

	@Override
	public List<Citation> citations() {
		return List.of(EEV_03);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String role = lower(facts.process().issuerRole());
		if (facts.process().type() != ProcessType.EUROPEAN_PRODUCTION_ORDER
				|| facts.process().crossBorder().isEuPreservationOrder() || role == null) {
			return List.of();
		}
		boolean trafficOrContent = EuDataClass.asksForTrafficOrContent(facts.dataRequested());
		String validator = lower(facts.process().validatedBy());
		if (competent(role, trafficOrContent) || (validator != null && competent(validator, trafficOrContent))) {
			return List.of();
		}
		String needed = trafficOrContent ? "a judge, court or investigating judge"
				: "a judge, court, investigating judge or public prosecutor";
		return List.of(EEV_03.blocking(ReasonCode.EPO_ISSUING_AUTHORITY_NOT_COMPETENT,
				"An order for " + (trafficOrContent ? "traffic or content" : "subscriber or identification")
						+ " data must be issued or " + "validated by " + needed + "; this one comes from a "
						+ role.replace('_', ' ') + " without such validation."));
	}

	private static boolean competent(String role, boolean trafficOrContent) {
		return JUDICIAL.contains(role) || (!trafficOrContent && PROSECUTORIAL.contains(role));
	}

	private static @Nullable String lower(@Nullable String text) {
		return (text == null || text.isBlank()) ? null : text.trim().toLowerCase(Locale.ROOT);
	}

}
