package dev.writ.rules.policies;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;

/**
 * Each instrument reaches only so far: a subpoena the subscriber records of 2703(c)(2), a
 * 2703(d) order all non-content, a warrant everything; content needs a warrant (Warshak).
 * Whatever lies beyond is withheld (legal-rules.md SCA-02 to SCA-05, POL-PROCESS). A
 * foreign authority's local process is measured the same way for non-content; its content
 * requests go through mutual legal assistance (MLAT-01).
 */
final class ProcessReach implements Rule {

	static final Citation SCA_03 = new Citation("SCA-03", "18 U.S.C. § 2703(c)(2)");

	static final Citation SCA_04 = new Citation("SCA-04", "18 U.S.C. § 2703(c)(1)(B), (d)");

	static final Citation SCA_02 = new Citation("SCA-02",
			"18 U.S.C. § 2703(a), (b); United States v. Warshak, 631 F.3d 266 (6th Cir. 2010)");

	static final Citation SCA_05 = new Citation("SCA-05", "18 U.S.C. § 2703(c)(1)(A)");

	@Override
	public List<Citation> citations() {
		return List.of(SCA_02, SCA_03, SCA_04, SCA_05);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		Set<DataCategory> reach = reach(facts);
		if (reach == null) {
			return List.of();
		}
		Set<DataCategory> beyond = Categories.beyond(facts.dataRequested(), reach);
		if (ForeignContentThroughMlat.appliesTo(facts)) {
			beyond.removeAll(Categories.content(facts.dataRequested()));
		}
		if (beyond.isEmpty()) {
			return List.of();
		}
		return List.of(citation(facts, beyond).withholding(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS, beyond,
				facts.dataRequested(), message(facts.process().type(), beyond)));
	}

	/**
	 * What the instrument reaches, or null when this rule does not measure it (civil, EU,
	 * UK, emergency...).
	 */
	static Set<DataCategory> reach(DemandFacts facts) {
		if (!facts.requester().isUsGovernment() && !ForeignContentThroughMlat.appliesTo(facts)
				&& !MlatProcess.issuedByUsCourt(facts)) {
			return null;
		}
		return switch (facts.process().type()) {
			case SUBPOENA, GRAND_JURY_SUBPOENA, ADMINISTRATIVE_SUBPOENA, CIVIL_SUBPOENA -> Categories.SUBPOENA_LIST;
			case COURT_ORDER_2703D -> Categories.NON_CONTENT;
			case SEARCH_WARRANT -> Categories.EVERYTHING;
			case MLAT_REQUEST -> MlatProcess.issuedByUsCourt(facts) ? Categories.EVERYTHING : Categories.NON_CONTENT;
			default -> null;
		};
	}

	private static Citation citation(DemandFacts facts, Set<DataCategory> beyond) {
		boolean content = beyond.stream().anyMatch(DataCategory::isContent);
		if (content) {
			return SCA_02;
		}
		return (facts.process().type() == ProcessType.COURT_ORDER_2703D) ? SCA_04 : SCA_03;
	}

	private static String capitalised(String text) {
		return Character.toUpperCase(text.charAt(0)) + text.substring(1);
	}

	private static String message(ProcessType type, Set<DataCategory> beyond) {
		boolean content = beyond.stream().anyMatch(DataCategory::isContent);
		String needed = content ? "a search warrant" : "a court order under 18 U.S.C. 2703(d) or a warrant";
		return capitalised(Words.instrument(type)) + " does not reach " + Categories.names(beyond) + "; that needs "
				+ needed + ". The rest can be produced.";
	}

}
