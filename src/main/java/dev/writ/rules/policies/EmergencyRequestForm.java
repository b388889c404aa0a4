package dev.writ.rules.policies;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.Process;
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

	@Override
	public List<Citation> citations() {
		return List.of(POL_EMERG);
	}

	@Override
	public List<Finding> check(DemandFacts facts, ProviderProfile profile) {
		if (facts.process().type() != ProcessType.EMERGENCY_REQUEST) {
			return List.of();
		}
		List<Finding> defects = defects(facts);
		if (!defects.isEmpty()) {
			return defects;
		}
		return List.of(POL_EMERG.info(ReasonCode.EMERGENCY_VALID, "The request is in writing, on letterhead, signed, "
				+ "describes a danger of death or serious physical injury, explains how the data help, and comes from a "
				+ "verified official source."));
	}

	private static List<Finding> defects(DemandFacts facts) {
		Process process = facts.process();
		List<Finding> defects = new ArrayList<>();
		if (!process.onLetterhead()) {
			defects.add(POL_EMERG.blocking(ReasonCode.EMERGENCY_NO_LETTERHEAD,
					"Send the request on the agency's official letterhead."));
		}
		if (!process.signed()) {
			defects.add(POL_EMERG.blocking(ReasonCode.EMERGENCY_UNSIGNED,
					"The request must be signed by a law-enforcement or other governmental authority."));
		}
		if (isBlank(process.emergencySummary())) {
			defects.add(POL_EMERG.blocking(ReasonCode.EMERGENCY_NO_SUMMARY,
					"Summarise the emergency: who is in danger, of what, and how soon."));
		}
		if (isBlank(process.emergencyHowDataHelps())) {
			defects.add(POL_EMERG.blocking(ReasonCode.EMERGENCY_NO_NEXUS,
					"Explain how the requested data will help address the emergency."));
		}
		if (!facts.context().dangerToLife()) {
			defects
				.add(POL_EMERG.blocking(ReasonCode.EMERGENCY_NOT_QUALIFYING, "An emergency request needs a danger of "
						+ "death or serious physical injury; otherwise serve legal process."));
		}
		if (!facts.requester().verifiedAgency() || !facts.requester().officialEmailDomain()) {
			defects.add(POL_EMERG
				.blocking(ReasonCode.EMERGENCY_UNVERIFIED_SENDER, "The sender could not be verified as an "
						+ "official of the agency (official e-mail domain and call-back to the agency's published number). "
						+ "Resend from the agency's official account or through the portal."));
		}
		return defects;
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}

}
