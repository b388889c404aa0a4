package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * A civil subpoena from another State's court reaches the provider only once domesticated
 * in the State where the provider is, under the Uniform Interstate Depositions and
 * Discovery Act (legal-rules.md POL-FORM, note on State instruments).
 */
final class CivilSubpoenaDomesticated implements Rule {

	static final Citation POL_FORM = new Citation("POL-FORM",
			"Uniform Interstate Depositions and Discovery Act; provider policy on service");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() != ProcessType.CIVIL_SUBPOENA) {
			return List.of();
		}
		String issuingState = Jurisdictions.usState(facts.process().issuingJurisdiction());
		String home = Jurisdictions.usState(profile.headquarters());
		if (issuingState == null || issuingState.equals(home) || Boolean.TRUE.equals(facts.process().domesticated())) {
			return List.of();
		}
		return List.of(POL_FORM.blocking(ReasonCode.IMPROPERLY_SERVED,
				"A civil subpoena issued in " + issuingState + " must be domesticated in " + home
						+ " (the provider's State) before it can be served. Have the clerk of a " + home
						+ " court issue it under the Uniform Interstate Depositions and Discovery Act."));
	}

}
