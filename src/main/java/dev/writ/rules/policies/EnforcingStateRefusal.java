package dev.writ.rules.policies;

import java.util.List;
import java.util.Locale;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * When the notified enforcing State raises a ground for refusal, the order is not
 * executed (legal-rules.md EEV-07).
 */
final class EnforcingStateRefusal implements Rule {

	static final Citation EEV_07 = new Citation("EEV-07", "Reg. (EU) 2023/1543 Art. 12");

	@Override
	public List<Citation> citations() {
		return List.of(EEV_07);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String response = facts.process().crossBorder().enforcingStateResponse();
		if (!facts.process().isEuOrder() || !refused(response)) {
			return List.of();
		}
		return List.of(EEV_07.blocking(ReasonCode.EPO_REFUSED_BY_ENFORCING_STATE, "The enforcing State raised a ground "
				+ "for refusal (" + response + "); the order cannot be executed. The data stay preserved meanwhile."));
	}

	static boolean refused(String response) {
		if (response == null) {
			return false;
		}
		String answer = response.toLowerCase(Locale.ROOT);
		return answer.contains("refus") || answer.equals("ground_raised") || answer.equals("rejected");
	}

}
