package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.ContextFixture;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aCivilSubpoena;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static dev.writ.rules.ForeignDemandFixture.aForeignSubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-11, CSE-02: costs are reimbursed when data is produced to a US governmental entity
 * or a civil litigant, never for emergencies, danger to life or child exploitation, and
 * not by foreign authorities (docs/rules.md, reading 24).
 */
class ReimbursementPolicyTests {

	final List<Finding> findings = new ArrayList<>();

	boolean decide(DemandFacts facts, Outcome outcome) {
		return ReimbursementPolicy.decide(facts, outcome, CONTOSO, this.findings);
	}

	@Test
	void nothing_produced_means_nothing_to_reimburse() {
		assertThat(decide(aGrandJurySubpoena().build(), Outcome.REJECT)).isFalse();
		assertThat(decide(anEmergencyRequest().build(), Outcome.REJECT)).isFalse();
		assertThat(this.findings).isEmpty();
	}

	@Test
	void a_us_agency_that_obtains_data_reimburses_the_costs() {
		assertThat(decide(aGrandJurySubpoena().build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isTrue();
		assertThat(this.findings).isEmpty();
	}

	@Test
	void no_reimbursement_is_sought_for_an_emergency_request() {
		// when
		boolean allowed = decide(anEmergencyRequest().build(), Outcome.DISCLOSE_NONCONTENT_ONLY);
		// then
		assertThat(allowed).isFalse();
		assertThat(this.findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NO_REIMBURSEMENT_EMERGENCY);
			assertThat(finding.rule()).isEqualTo("SCA-11");
			assertThat(finding.citation()).contains("2706");
			assertThat(finding.message()).contains("No cost reimbursement is sought for emergencies");
		});
	}

	@Test
	void no_reimbursement_is_sought_when_a_life_is_in_danger_under_ordinary_process() {
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.dangerToLife());
		assertThat(decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isFalse();
		assertThat(this.findings).extracting(Finding::code).containsExactly(ReasonCode.NO_REIMBURSEMENT_EMERGENCY);
	}

	@Test
	void no_reimbursement_is_sought_in_a_child_exploitation_case() {
		// when
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.childExploitation());
		boolean allowed = decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY);
		// then
		assertThat(allowed).isFalse();
		assertThat(this.findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NO_REIMBURSEMENT_CHILD_EXPLOITATION);
			assertThat(finding.rule()).isEqualTo("SCA-11");
			assertThat(finding.message()).contains("child-exploitation cases");
		});
	}

	@Test
	void a_civil_litigant_that_obtains_data_reimburses_the_costs() {
		assertThat(decide(aCivilSubpoena().build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isTrue();
	}

	@Test
	void foreign_authorities_are_not_asked_for_reimbursement() {
		assertThat(decide(aForeignSubpoena("BR").build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isFalse();
		assertThat(decide(aEuropeanProductionOrder().build(), Outcome.DISCLOSE_CONTENT)).isFalse();
		assertThat(decide(aUkOverseasProductionOrder().build(), Outcome.DISCLOSE_CONTENT)).isFalse();
		assertThat(this.findings).isEmpty();
	}

	@Test
	void no_reimbursement_is_sought_from_a_civil_litigant_in_a_child_exploitation_case() {
		// when
		var subpoena = aCivilSubpoena().withContext(ContextFixture.childExploitation());
		boolean allowed = decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY);
		// then
		assertThat(allowed).isFalse();
		assertThat(this.findings).extracting(Finding::code)
			.containsExactly(ReasonCode.NO_REIMBURSEMENT_CHILD_EXPLOITATION);
	}

	@Test
	void no_reimbursement_is_sought_from_a_civil_litigant_when_a_life_is_in_danger() {
		var subpoena = aCivilSubpoena().withContext(ContextFixture.dangerToLife());
		assertThat(decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isFalse();
	}

	@Test
	void the_assessment_of_a_valid_subpoena_allows_reimbursement() {
		assertThat(aGrandJurySubpoena().assess().reimbursementAllowed()).isTrue();
		assertThat(aGrandJurySubpoena().unsigned().assess().reimbursementAllowed()).isFalse();
	}

	@Test
	void the_assessment_of_a_valid_emergency_request_refuses_reimbursement_and_says_why() {
		Assessment assessment = anEmergencyRequest().assess();
		assertThat(assessment.reimbursementAllowed()).isFalse();
		assertThat(assessment.reasons()).contains(ReasonCode.NO_REIMBURSEMENT_EMERGENCY);
	}

}
