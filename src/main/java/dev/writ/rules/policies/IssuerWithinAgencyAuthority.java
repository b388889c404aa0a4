package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * An agency can issue only the instruments its enabling law gives it, e.g. no
 * administrative subpoena from a body without subpoena power (legal-rules.md POL-FORM).
 * Checked only when the registry records the agency's powers.
 */
final class IssuerWithinAgencyAuthority implements Rule {

	static final Citation POL_FORM = new Citation("POL-FORM", "Provider policy: issuer's statutory authority");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<ProcessType> powers = facts.requester().instrumentPowers();
		ProcessType type = facts.process().type();
		if (powers == null || powers.contains(type)) {
			return List.of();
		}
		String agency = (facts.requester().agency() != null) ? facts.requester().agency() : "The requesting agency";
		return List.of(POL_FORM.blocking(ReasonCode.EXCEEDS_AGENCY_AUTHORITY,
				agency + " has no statutory power to issue " + Words.instrument(type)
						+ ". Obtain the instrument from an authority that has the power (for "
						+ "example a prosecutor's subpoena or a court order)."));
	}

}
