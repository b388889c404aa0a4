package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ProviderProfile.AcceptedChannels;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * Process must arrive by a channel the law and the provider accept for that instrument:
 * EU orders through the designated establishment, UK orders from the Secretary of State,
 * never through support chat or webmail (legal-rules.md POL-FORM, EEV-01, UK-01).
 */
final class ServedThroughAcceptedChannel implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	static final Citation EEV_01 = new Citation("EEV-01", "Reg. (EU) 2023/1543 Art. 7; Directive (EU) 2023/1544");

	static final Citation UK_01 = new Citation("UK-01", "Crime (Overseas Production Orders) Act 2019, s. 9");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM, EEV_01, UK_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String channel = facts.process().serviceChannel();
		if (channel == null) {
			return List.of();
		}
		Set<String> accepted = accepted(facts, profile.acceptedChannels());
		if (accepted.contains(channel)) {
			return List.of();
		}
		return List.of(citation(facts).blocking(ReasonCode.IMPROPERLY_SERVED,
				"Served by " + channel.replace('_', ' ') + ", which is not accepted for this instrument. Accepted: "
						+ String.join(", ", accepted.stream().sorted().toList()) + "."));
	}

	private static Set<String> accepted(DemandFacts facts, AcceptedChannels channels) {
		if (facts.process().isEuOrder()) {
			return channels.euOrders();
		}
		if (facts.process().type() == ProcessType.OVERSEAS_PRODUCTION_ORDER) {
			return channels.ukOrders();
		}
		if (facts.process().type() == ProcessType.EMERGENCY_REQUEST) {
			return channels.emergency();
		}
		return channels.usProcess();
	}

	private static Citation citation(DemandFacts facts) {
		if (facts.process().isEuOrder()) {
			return EEV_01;
		}
		return (facts.process().type() == ProcessType.OVERSEAS_PRODUCTION_ORDER) ? UK_01 : POL_FORM;
	}

}
