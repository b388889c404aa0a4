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

/**
 * Process must be signed, and judicial instruments signed by a judge (legal-rules.md
 * POL-FORM). Emergency requests have their own signature check (POL-EMERG).
 */
final class SignedByAuthorisedIssuer implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	private static final Set<ProcessType> JUDICIAL = Set.of(ProcessType.SEARCH_WARRANT, ProcessType.COURT_ORDER_2703D,
			ProcessType.OVERSEAS_PRODUCTION_ORDER);

	private static final Set<String> NON_JUDICIAL_ROLES = Set.of("police", "prosecutor", "public_prosecutor",
			"agency_official", "attorney_of_record", "special_agent");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() == ProcessType.EMERGENCY_REQUEST) {
			return List.of();
		}
		if (!facts.process().signed()) {
			return List.of(POL_FORM.blocking(ReasonCode.UNSIGNED_OR_UNAUTHORIZED,
					"The instrument is not signed. Send the signed original."));
		}
		String role = facts.process().issuerRole();
		if (JUDICIAL.contains(facts.process().type()) && role != null
				&& NON_JUDICIAL_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
			return List.of(POL_FORM.blocking(ReasonCode.UNSIGNED_OR_UNAUTHORIZED, "The " + label(facts.process().type())
					+ " must be issued by a judge; this one is signed by a " + role.replace('_', ' ') + "."));
		}
		return List.of();
	}

	private static String label(ProcessType type) {
		return type.code().replace('_', ' ');
	}

}
