package dev.writ.rules.policies;

import java.util.List;
import java.util.function.Predicate;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.ProviderProfile;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;

/**
 * An emergency request is considered only in writing, on letterhead, signed by an
 * authority, with a summary of a danger of death or serious physical injury and how the
 * data will help, from a verified official source: criminals send forged emergency
 * requests from compromised or look-alike police mailboxes (legal-rules.md POL-EMERG,
 * SCA-21; FBI PIN of 4 Nov 2024).
 */
final class EmergencyRequestForm implements Rule {

	static final Citation POL_EMERG = new Citation("POL-EMERG",
			"18 U.S.C. § 2702(b)(8), (c)(4); provider policy; FBI Private Industry Notification, 4 Nov 2024");

	/** Each requirement: when it is missed, the code and what the requester must do. */
	private static final List<Requirement> REQUIREMENTS = List.of(
			new Requirement(f -> !f.process().onLetterhead(), ReasonCode.EMERGENCY_NO_LETTERHEAD,
					"Send the request on the agency's official letterhead."),
			new Requirement(f -> !f.process().signed(), ReasonCode.EMERGENCY_UNSIGNED,
					"The request must be signed by a law-enforcement or other governmental authority."),
			new Requirement(f -> isBlank(f.process().emergencySummary()), ReasonCode.EMERGENCY_NO_SUMMARY,
					"Summarise the emergency: who is in danger, of what, and how soon."),
			new Requirement(f -> isBlank(f.process().emergencyHowDataHelps()), ReasonCode.EMERGENCY_NO_NEXUS,
					"Explain how the requested data will help address the emergency."),
			new Requirement(f -> !f.context().dangerToLife(), ReasonCode.EMERGENCY_NOT_QUALIFYING,
					"An emergency request needs a danger of death or serious physical injury; otherwise serve legal process."),
			new Requirement(f -> !f.requester().verifiedAgency() || !f.requester().officialEmailDomain(),
					ReasonCode.EMERGENCY_UNVERIFIED_SENDER,
					"The sender could not be verified as an official of the agency (official e-mail domain and call-back "
							+ "to the agency's published number). Resend from the agency's official account or through the portal."));

	@Override
	public List<Citation> citations() {
		return List.of(POL_EMERG);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() != ProcessType.EMERGENCY_REQUEST) {
			return List.of();
		}
		List<Finding> defects = REQUIREMENTS.stream()
			.filter(requirement -> requirement.missed().test(facts))
			.map(requirement -> POL_EMERG.blocking(requirement.code(), requirement.fix()))
			.toList();
		if (!defects.isEmpty()) {
			return defects;
		}
		return List.of(POL_EMERG.info(ReasonCode.EMERGENCY_VALID, "The request is in writing, on letterhead, signed, "
				+ "describes a danger of death or serious physical injury, explains how the data help, and comes from a "
				+ "verified official source."));
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

	private record Requirement(Predicate<DemandFacts> missed, ReasonCode code, String fix) {

	}

}
