package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * An identifier that is malformed for its type cannot be matched to an account with
 * certainty: a material mistake (legal-rules.md POL-FORM).
 */
final class IdentifiersWellFormed implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			String why = (Identifiers.overbreadth(target) == null) ? Identifiers.malformation(target) : null;
			if (why != null) {
				findings.add(POL_FORM.blocking(ReasonCode.MATERIAL_MISTAKE, i, "Target " + (i + 1) + ": " + why
						+ ". Correct the identifier so the account can be identified with certainty."));
			}
		}
		return findings;
	}

}
