package dev.writ.rules.policies;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;

/**
 * A State subpoena carries that State's authority only: used by another State's agency,
 * for an investigation outside the issuing State, it exceeds its jurisdiction
 * (legal-rules.md POL-FORM, note on State instruments; debatable where providers accept
 * out-of-state criminal process as a courtesy).
 */
final class StateProcessWithinIssuerJurisdiction implements Rule {

	static final Citation POL_FORM = new Citation("POL-FORM", "Provider policy: issuer's territorial jurisdiction");

	private static final Set<ProcessType> STATE_SUBPOENAS = Set.of(ProcessType.SUBPOENA,
			ProcessType.GRAND_JURY_SUBPOENA, ProcessType.ADMINISTRATIVE_SUBPOENA);

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String issuingState = Jurisdictions.usState(facts.process().issuingJurisdiction());
		String agencyState = facts.requester().stateOrRegion();
		if (!STATE_SUBPOENAS.contains(facts.process().type()) || issuingState == null || agencyState == null
				|| !isStateOrLocalUsAgency(facts) || issuingState.equals(agencyState.toUpperCase(Locale.ROOT))) {
			return List.of();
		}
		return List.of(POL_FORM.blocking(ReasonCode.OUTSIDE_ISSUER_JURISDICTION,
				"A " + issuingState + " subpoena carries " + issuingState
						+ "'s authority only, but the investigating agency is in " + agencyState
						+ ". Use process of the State where the investigation is, or federal process."));
	}

	private static boolean isStateOrLocalUsAgency(DemandFacts facts) {
		GovernmentLevel level = facts.requester().level();
		return "US".equals(facts.requester().country())
				&& (level == GovernmentLevel.STATE || level == GovernmentLevel.LOCAL);
	}

}
