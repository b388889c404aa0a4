package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.ConflictLaw;
import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * GDPR Art. 48: a third country's order to transfer personal data is enforceable in the
 * EU only through an international agreement such as an MLAT. A US warrant for the
 * EU-stored content of an EU resident therefore conflicts with EU law; the provider
 * records the conflict and objects on comity grounds (legal-rules.md GDPR-48, feeding
 * SCA-09's common-law comity; debatable).
 */
final class GdprThirdCountryOrder implements Rule {

	static final Citation GDPR_48 = new Citation("GDPR-48", "Regulation (EU) 2016/679, Art. 48");

	@Override
	public List<Citation> citations() {
		return List.of(GDPR_48);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		ConflictLaw conflict = facts.context().conflictLaw();
		boolean agreementBased = facts.process().type() == ProcessType.MLAT_REQUEST;
		if (!ComityMotion.appliesTo(facts) || agreementBased || (conflict != null && !conflict.materialRisk())) {
			return findings;
		}
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			if (Jurisdictions.isEu(target.dataLocation()) && Jurisdictions.isEu(target.ownerResidenceCountry())) {
				findings.add(GDPR_48.blocking(ReasonCode.GDPR_ART48_CONFLICT, i, "Target " + (i + 1) + " ("
						+ target.identifier() + "): the content is stored in " + target.dataLocation()
						+ " and belongs to a " + "resident of " + target.ownerResidenceCountry()
						+ "; GDPR Art. 48 recognises third-country orders "
						+ "only through an international agreement. Consider a request through the US-EU MLAT."));
				if (conflict == null) {
					findings.add(GDPR_48.blocking(ReasonCode.COMMON_LAW_COMITY, i, "Target " + (i + 1)
							+ ": the provider raises a comity objection for the conflict with EU law (debatable)."));
				}
			}
		}
		return findings;
	}

}
