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
 * Where a US warrant for content would make the provider break the law of the country of
 * a customer who is not a US person and lives abroad, the provider moves to modify or
 * quash: under 2703(h) within 14 days when that country has an executive agreement,
 * otherwise as a common-law comity objection. Where the data are stored is never an
 * objection by itself (legal-rules.md SCA-09, SCA-08, POL-CONFLICT).
 */
final class ComityMotion implements Rule {

	static final Citation SCA_09 = new Citation("SCA-09", "18 U.S.C. § 2703(h)(1)-(5), § 2523");

	static final Citation SCA_08 = new Citation("SCA-08", "18 U.S.C. § 2713");

	static final Citation POL_CONFLICT = new Citation("POL-CONFLICT", "Provider policy on conflicts of law");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_09, SCA_08, POL_CONFLICT);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		ConflictLaw conflict = facts.context().conflictLaw();
		if (!appliesTo(facts) || conflict == null || !conflict.materialRisk()) {
			return findings;
		}
		for (int i = 0; i < facts.targets().size(); i++) {
			Target target = facts.targets().get(i);
			if (!target.usPerson() && target.ownerResidenceCountry() != null
					&& !"US".equals(target.ownerResidenceCountry())) {
				findings.add(motion(i, target, country(conflict, target), conflict));
			}
		}
		return findings;
	}

	private static Finding motion(int i, Target target, String country, ConflictLaw conflict) {
		String law = (conflict.law() != null) ? conflict.law() : "the law of " + country;
		if (Jurisdictions.QUALIFYING_FOREIGN_GOVERNMENTS.contains(country)) {
			return SCA_09.blocking(ReasonCode.CONFLICT_OF_LAWS_COMITY, i, "Target " + (i + 1) + " ("
					+ target.identifier() + ") is not a US person and lives outside the US; disclosure risks violating "
					+ law + " of a qualifying "
					+ "foreign government. The provider will move to modify or quash within 14 days of service (18 U.S.C. 2703(h)).");
		}
		return POL_CONFLICT.blocking(ReasonCode.COMMON_LAW_COMITY, i,
				"Target " + (i + 1) + " (" + target.identifier() + "): disclosure risks violating " + law + "; "
						+ country + " has no executive agreement, so the provider "
						+ "raises a common-law comity objection (debatable).");
	}

	private static String country(ConflictLaw conflict, Target target) {
		return (conflict.country() != null) ? conflict.country() : String.valueOf(target.dataLocation());
	}

	static boolean appliesTo(DemandFacts facts) {
		ProcessType type = facts.process().type();
		boolean usWarrant = type == ProcessType.SEARCH_WARRANT || MlatProcess.issuedByUsCourt(facts);
		return facts.requester().isUsGovernment() && usWarrant && facts.asksForContent();
	}

}
