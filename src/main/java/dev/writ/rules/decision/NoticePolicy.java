package dev.writ.rules.decision;

import java.util.List;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.UserNotice;

/**
 * Whether the user is told, first match wins: nothing released, nothing to tell; EU
 * orders leave notice to the issuer; danger to a child or anyone withholds it; a hacked
 * account withholds it; a secrecy order delays it; otherwise the user is told now
 * (legal-rules.md POL-NOTICE, EEV-08, CSE-02).
 */
final class NoticePolicy {

	static final Citation POL_NOTICE = new Citation("POL-NOTICE", "Provider policy on user notice; 18 U.S.C. § 2705");

	static final Citation EEV_08 = new Citation("EEV-08", "Reg. (EU) 2023/1543 Art. 13");

	static final Citation CSE_02 = new Citation("CSE-02", "Provider policy; 18 U.S.C. § 2258A");

	private NoticePolicy() {
	}

	static List<Citation> citations() {
		return List.of(POL_NOTICE, EEV_08, CSE_02);
	}

	static UserNotice decide(DemandFacts facts, Outcome outcome, List<Finding> findings) {
		if (!outcome.releasesData() || facts.process().isEuOrder()) {
			return UserNotice.NONE;
		}
		if (facts.context().childExploitation()) {
			findings.add(CSE_02.info(ReasonCode.NOTICE_WITHHELD_CHILD_SAFETY,
					"The user is not told: notice could endanger a child."));
			return UserNotice.WITHHOLD_DANGER;
		}
		if (facts.context().dangerToLife()) {
			return UserNotice.WITHHOLD_DANGER;
		}
		if (facts.context().hackedAccountSuspected()) {
			findings.add(POL_NOTICE.info(ReasonCode.NOTICE_WITHHELD_HACKED_ACCOUNT,
					"The user is not told: the account appears to be controlled by an intruder, who would be alerted."));
			return UserNotice.WITHHOLD_COUNTERPRODUCTIVE;
		}
		if (facts.process().nondisclosureOrder().activeOn(facts.evaluatedOn())) {
			return UserNotice.DELAY_UNTIL_NDO_EXPIRY;
		}
		return UserNotice.NOTIFY_NOW;
	}

}
