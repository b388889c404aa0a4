package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;
import dev.writ.shared.legal.RequesterKind;

/**
 * The demand must be a legal instrument that applies here: a letter is not process, a UK
 * order comes only from the UK, and preservation under 2703(f) is for governmental
 * entities (legal-rules.md POL-FORM, SCA-07, UK-01).
 */
final class RecognisedInstrument implements Rule {

	static final Citation POL_FORM = AddressedToThisProvider.POL_FORM;

	static final Citation SCA_20 = new Citation("SCA-20", "18 U.S.C. § 2702(a)");

	static final Citation SCA_07 = new Citation("SCA-07", "18 U.S.C. § 2703(f)");

	static final Citation UK_01 = new Citation("UK-01", "Crime (Overseas Production Orders) Act 2019, s. 1");

	@Override
	public List<Citation> citations() {
		return List.of(POL_FORM, SCA_20, SCA_07, UK_01);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		List<Finding> findings = new ArrayList<>();
		ProcessType type = facts.process().type();
		if (type == ProcessType.LETTER_WITHOUT_PROCESS) {
			findings.add(SCA_20.blocking(ReasonCode.FACIALLY_INVALID, "A letter is not legal process, and the law "
					+ "forbids disclosure without it. Serve a subpoena, court order or warrant (or, in an emergency, "
					+ "use the emergency request form)."));
		}
		if (type == ProcessType.OVERSEAS_PRODUCTION_ORDER && !Agreements.coversIssuer(facts)) {
			findings.add(UK_01.blocking(ReasonCode.FACIALLY_INVALID,
					"An overseas production order must come from a country with a CLOUD Act agreement in force "
							+ "(United Kingdom, Australia); this one names the issuing jurisdiction "
							+ facts.process().issuingJurisdiction() + ". Use mutual legal assistance."));
		}
		if (type == ProcessType.PRESERVATION_REQUEST && facts.requester().kind() == RequesterKind.CIVIL_LITIGANT) {
			findings.add(SCA_07.blocking(ReasonCode.FACIALLY_INVALID, "Preservation under 18 U.S.C. 2703(f) is "
					+ "available to governmental entities only. A civil party should seek a litigation hold order from the court."));
		}
		return findings;
	}

}
