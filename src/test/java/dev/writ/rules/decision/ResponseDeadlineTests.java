package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.CrossBorder;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-06, SCA-09: an EU production order is answered within 10 days (8 hours in an
 * emergency) when the provider answers it; a 2703(h) comity motion is due within 14 days;
 * nothing else has a statutory deadline (docs/rules.md, reading 11, 19, 20).
 */
class ResponseDeadlineTests {

	static final Citation SCA_09 = new Citation("SCA-09", "18 U.S.C. § 2703(h)");

	final List<Finding> findings = new ArrayList<>();

	String deadline(DemandFacts facts, Outcome outcome) {
		return ResponseDeadline.of(facts, outcome, List.of(outcome), this.findings);
	}

	static DemandFacts emergencyOrder() {
		return aEuropeanProductionOrder().withCrossBorder(new CrossBorder("EPOC", true, null, null, null)).build();
	}

	@Test
	void a_european_production_order_the_provider_answers_is_due_within_10_days() {
		for (Outcome outcome : List.of(Outcome.DISCLOSE_CONTENT, Outcome.DISCLOSE_NONCONTENT_ONLY,
				Outcome.NARROW_THEN_DISCLOSE, Outcome.CHALLENGE_CONFLICT_OF_LAW)) {
			assertThat(deadline(aEuropeanProductionOrder().build(), outcome)).as(outcome.code()).isEqualTo("P10D");
		}
		assertThat(this.findings).isEmpty();
	}

	@Test
	void an_emergency_european_production_order_is_due_within_8_hours() {
		// when
		String deadline = deadline(emergencyOrder(), Outcome.DISCLOSE_CONTENT);
		// then
		assertThat(deadline).isEqualTo("PT8H");
		assertThat(this.findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_EMERGENCY_8H);
			assertThat(finding.rule()).isEqualTo("EEV-06");
			assertThat(finding.message()).contains("within 8 hours of receipt");
		});
	}

	@Test
	void a_european_production_order_that_releases_nothing_has_no_deadline() {
		for (Outcome outcome : List.of(Outcome.REJECT, Outcome.NO_DATA_FOUND, Outcome.REDIRECT_TO_CUSTOMER)) {
			assertThat(deadline(aEuropeanProductionOrder().build(), outcome)).as(outcome.code()).isNull();
			assertThat(deadline(emergencyOrder(), outcome)).as(outcome.code()).isNull();
		}
		assertThat(this.findings).isEmpty();
	}

	@Test
	void a_european_preservation_order_has_no_production_deadline() {
		assertThat(deadline(aEuropeanPreservationOrder().build(), Outcome.PRESERVE_ONLY)).isNull();
	}

	@Test
	void a_2703h_comity_motion_is_due_within_14_days() {
		this.findings.add(SCA_09.blocking(ReasonCode.CONFLICT_OF_LAWS_COMITY, 0, "motion"));
		assertThat(deadline(aSearchWarrant().build(), Outcome.CHALLENGE_CONFLICT_OF_LAW)).isEqualTo("P14D");
	}

	@Test
	void a_2703h_motion_about_one_of_several_targets_is_due_within_14_days() {
		this.findings.add(SCA_09.blocking(ReasonCode.CONFLICT_OF_LAWS_COMITY, 1, "motion"));
		List<Outcome> perTarget = List.of(Outcome.DISCLOSE_CONTENT, Outcome.CHALLENGE_CONFLICT_OF_LAW);
		assertThat(
				ResponseDeadline.of(aSearchWarrant().build(), Outcome.NARROW_THEN_DISCLOSE, perTarget, this.findings))
			.isEqualTo("P14D");
	}

	@Test
	void a_common_law_comity_objection_has_no_statutory_deadline() {
		this.findings.add(SCA_09.blocking(ReasonCode.COMMON_LAW_COMITY, 0, "objection"));
		assertThat(deadline(aSearchWarrant().build(), Outcome.CHALLENGE_CONFLICT_OF_LAW)).isNull();
	}

	@Test
	void a_comity_finding_on_a_rejected_warrant_has_no_deadline() {
		this.findings.add(SCA_09.blocking(ReasonCode.CONFLICT_OF_LAWS_COMITY, 0, "motion"));
		assertThat(deadline(aSearchWarrant().build(), Outcome.REJECT)).isNull();
	}

	@Test
	void us_process_has_no_statutory_response_deadline() {
		assertThat(deadline(aGrandJurySubpoena().build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isNull();
	}

	@Test
	void the_assessment_of_a_warrant_met_with_a_2703h_motion_is_due_within_14_days() {
		Assessment assessment = aSearchWarrant().withTargets(abroad("a.smith@contosomail.example", "GB", "GB"))
			.withConflictLaw("GB", true)
			.assess();
		assertThat(assessment.outcome()).isEqualTo(Outcome.CHALLENGE_CONFLICT_OF_LAW);
		assertThat(assessment.deadline()).isEqualTo("P14D");
	}

	@Test
	void the_assessment_of_an_emergency_european_order_is_due_within_8_hours_and_says_why() {
		Assessment assessment = aEuropeanProductionOrder()
			.withCrossBorder(new CrossBorder("EPOC", true, null, null, null))
			.assess();
		assertThat(assessment.outcome()).isEqualTo(Outcome.DISCLOSE_CONTENT);
		assertThat(assessment.deadline()).isEqualTo("PT8H");
		assertThat(assessment.reasons()).contains(ReasonCode.EPO_EMERGENCY_8H);
	}

}
