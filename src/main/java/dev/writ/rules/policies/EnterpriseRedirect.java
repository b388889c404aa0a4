package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.ProcessType;

/**
 * Data of an enterprise customer (more than the profile's seat threshold) is sought from
 * the customer first: the requester is redirected and the customer told, unless a secrecy
 * order forbids telling it (legal-rules.md POL-ENTERPRISE; for EU orders, controller
 * first, EEV-09). Emergencies and preservation are never redirected: the one cannot wait,
 * the other discloses nothing.
 */
final class EnterpriseRedirect implements Rule {

	static final Citation POL_ENTERPRISE = new Citation("POL-ENTERPRISE",
			"Provider commitments on enterprise data; DOJ CCIPS guidance (Dec 2017)");

	static final Citation EEV_09 = new Citation("EEV-09", "Reg. (EU) 2023/1543 Art. 5(6)");

	@Override
	public List<Citation> citations() {
		return List.of(POL_ENTERPRISE, EEV_09);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		if (!redirectable(facts)) {
			return findings;
		}
		Citation citation = facts.process().isEuOrder() ? EEV_09 : POL_ENTERPRISE;
		boolean gagged = facts.process().nondisclosureOrder().activeOn(facts.evaluatedOn());
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			if (isEnterprise(target, profile) && target.exists()) {
				findings.add(gagged ? blocked(citation, i, target) : redirect(citation, i, target, profile));
			}
		}
		return findings;
	}

	private static Finding redirect(Citation citation, int i, Target target, ProviderProfile profile) {
		return citation.blocking(ReasonCode.ENTERPRISE_REDIRECT, i,
				"Target " + (i + 1) + " (" + target.identifier() + ") belongs to an enterprise customer with "
						+ target.enterpriseSeats() + " seats (more than " + profile.enterpriseSeatThreshold()
						+ "). Seek the data from the customer, which controls it; the provider "
						+ "will tell the customer of this demand.");
	}

	private static Finding blocked(Citation citation, int i, Target target) {
		return citation.info(ReasonCode.ENTERPRISE_REDIRECT_BLOCKED_BY_NDO, i,
				"Target " + (i + 1) + " (" + target.identifier()
						+ ") belongs to an enterprise customer, but the secrecy order forbids telling it, "
						+ "so the demand cannot be redirected; it is assessed like any other target.");
	}

	static boolean isEnterprise(Target target, ProviderProfile profile) {
		return target.accountType() == AccountType.ENTERPRISE && target.enterpriseSeats() != null
				&& target.enterpriseSeats() > profile.enterpriseSeatThreshold();
	}

	private static boolean redirectable(DemandFacts facts) {
		ProcessType type = facts.process().type();
		return type != ProcessType.EMERGENCY_REQUEST && type != ProcessType.PRESERVATION_REQUEST
				&& !facts.process().crossBorder().isEuPreservationOrder();
	}

}
