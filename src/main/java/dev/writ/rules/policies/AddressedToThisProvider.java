package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;

/**
 * Process must name this provider, and the right entity of it: EU orders go to the EU
 * designated establishment, everything else to the legal entity (legal-rules.md POL-FORM,
 * EEV-01).
 */
final class AddressedToThisProvider implements Rule {

	static final Citation POL_FORM = new Citation("POL-FORM", "Provider policy: facial validity of legal process");

	static final Citation EEV_01 = new Citation("EEV-01", "Reg. (EU) 2023/1543 Art. 7; Directive (EU) 2023/1544");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM, EEV_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		String addressee = facts.process().addressedTo();
		if (Addressee.isBlank(addressee)) {
			return List.of(POL_FORM.blocking(ReasonCode.NOT_PROPERLY_ADDRESSED,
					"The demand names no addressee. Address it to " + expected(facts, profile) + "."));
		}
		boolean toEstablishment = Addressee.names(addressee, List.of(profile.euDesignatedEstablishment()));
		boolean toEntity = Addressee.names(Addressee.without(addressee, profile.euDesignatedEstablishment()),
				entityNames(profile));
		if (!toEntity && !toEstablishment) {
			return List.of(POL_FORM.blocking(ReasonCode.WRONG_COMPANY, "The demand is addressed to \"" + addressee
					+ "\", not to " + profile.name() + ". Serve it on the company that holds the data."));
		}
		return wrongEntity(facts, profile, toEstablishment, toEntity);
	}

	private static List<Finding> wrongEntity(DemandFacts facts, ProviderProfile profile, boolean toEstablishment,
			boolean toEntity) {
		boolean euOrder = facts.process().isEuOrder();
		if (euOrder && !toEstablishment) {
			return List.of(EEV_01.blocking(ReasonCode.NOT_PROPERLY_ADDRESSED,
					"A European order must be addressed to the designated establishment, "
							+ profile.euDesignatedEstablishment() + ". Re-issue the certificate to it."));
		}
		if (!euOrder && toEstablishment && !toEntity) {
			return List.of(POL_FORM.blocking(ReasonCode.NOT_PROPERLY_ADDRESSED,
					"This instrument is addressed to " + profile.euDesignatedEstablishment()
							+ ", which receives only EU orders. Address it to " + profile.legalNames().get(0) + "."));
		}
		return List.of();
	}

	private static List<String> entityNames(ProviderProfile profile) {
		List<String> names = new ArrayList<>(profile.legalNames());
		names.addAll(profile.aliases());
		return names;
	}

	private static String expected(DemandFacts facts, ProviderProfile profile) {
		return facts.process().isEuOrder() ? profile.euDesignatedEstablishment() : profile.legalNames().get(0);
	}

}
