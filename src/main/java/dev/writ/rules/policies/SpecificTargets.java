package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * Only specific accounts: no keyword searches, "all users who...", wildcards, address
 * ranges or whole domains (legal-rules.md POL-FORM overbreadth, POL-PROCESS).
 */
final class SpecificTargets implements Rule {

	static final Citation POL_FORM = new Citation("POL-FORM",
			"Provider policy: only specific accounts, no bulk or dragnet requests");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < facts.targets().size(); i++) {
			String why = Identifiers.overbreadth(facts.targets().get(i));
			if (why != null) {
				findings.add(POL_FORM.blocking(ReasonCode.OVERLY_BROAD, i, "Target " + (i + 1) + ": " + why
						+ ". Name each account by its e-mail address, phone number, gamertag, user name or single IP "
						+ "address and time."));
			}
		}
		return findings;
	}

}
