package dev.writ.rules.decision;

import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.Citation;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reasons of an assessment: every code found, once, decisive codes first, without
 * codes that support a release or a hold that did not happen (docs/rules.md (readings)
 * output conventions).
 */
class ReasonsTests {

	static final Citation RULE = new Citation("TEST-01", "test citation");

	static Finding info(ReasonCode code) {
		return RULE.info(code, "info");
	}

	static Finding blocking(ReasonCode code) {
		return RULE.blocking(code, "blocking");
	}

	@Test
	void decisive_codes_come_first_and_every_group_keeps_the_order_found() {
		List<Finding> findings = List.of(info(ReasonCode.NDO_ACTIVE), blocking(ReasonCode.DATE_RANGE_REVERSED),
				info(ReasonCode.NCMEC_REPORT), blocking(ReasonCode.WRONG_COMPANY));
		assertThat(Reasons.of(findings, Outcome.REJECT)).containsExactly(ReasonCode.DATE_RANGE_REVERSED,
				ReasonCode.WRONG_COMPANY, ReasonCode.NDO_ACTIVE, ReasonCode.NCMEC_REPORT);
	}

	@Test
	void a_code_found_for_several_targets_is_listed_once() {
		List<Finding> findings = List.of(RULE.blocking(ReasonCode.ACCOUNT_NOT_FOUND, 0, "none"),
				RULE.blocking(ReasonCode.ACCOUNT_NOT_FOUND, 1, "none"));
		assertThat(Reasons.of(findings, Outcome.NO_DATA_FOUND)).containsExactly(ReasonCode.ACCOUNT_NOT_FOUND);
	}

	@Test
	void codes_supporting_a_release_are_dropped_when_nothing_is_released() {
		List<Finding> findings = List.of(info(ReasonCode.EMERGENCY_VALID),
				blocking(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS), info(ReasonCode.PROCESS_SUFFICIENT));
		assertThat(Reasons.of(findings, Outcome.REJECT)).containsExactly(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS);
		assertThat(Reasons.of(findings, Outcome.DISCLOSE_NONCONTENT_ONLY)).containsExactly(
				ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS, ReasonCode.EMERGENCY_VALID,
				ReasonCode.PROCESS_SUFFICIENT);
	}

	@Test
	void hold_codes_are_kept_only_when_the_records_are_preserved() {
		List<Finding> findings = List.of(info(ReasonCode.PRESERVATION_EXPIRED), info(ReasonCode.PRESERVATION_ACCEPTED),
				info(ReasonCode.PRESERVATION_EXTENDED));
		assertThat(Reasons.of(findings, Outcome.REJECT)).containsExactly(ReasonCode.PRESERVATION_EXPIRED);
		assertThat(Reasons.of(findings, Outcome.PRESERVE_ONLY)).containsExactly(ReasonCode.PRESERVATION_EXPIRED,
				ReasonCode.PRESERVATION_ACCEPTED, ReasonCode.PRESERVATION_EXTENDED);
	}

	@Test
	void the_assessment_of_a_valid_subpoena_says_the_process_is_sufficient() {
		Assessment assessment = aGrandJurySubpoena().assess();
		assertThat(assessment.reasons()).containsExactly(ReasonCode.PROCESS_SUFFICIENT);
	}

	@Test
	void the_assessment_of_an_emergency_request_for_content_only_gives_only_why_it_failed() {
		Assessment assessment = anEmergencyRequest().requesting(DataCategory.EMAIL_CONTENT).assess();
		assertThat(assessment.outcome()).isEqualTo(Outcome.REJECT);
		assertThat(assessment.reasons()).containsExactly(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS);
	}

}
