package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UK-02: orders under the agreement concern serious crime, punishable by at least three
 * years; no offence stated counts as not met (docs/rules.md, reading 13).
 */
class AgreementSeriousCrimeTests {

	final AgreementSeriousCrime rule = new AgreementSeriousCrime();

	@Test
	void an_offence_punishable_by_three_years_is_serious_crime() {
		var order = aUkOverseasProductionOrder().withOffence(new Offence("fraud", 3, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_offence_punishable_by_two_years_is_not_serious_crime() {
		// given
		var order = aUkOverseasProductionOrder().withOffence(new Offence("harassment", 2, false));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.AGREEMENT_SERIOUS_CRIME_NOT_MET);
			assertThat(finding.rule()).isEqualTo("UK-02");
			assertThat(finding.target()).isNull();
			assertThat(finding.message()).contains("at most 2 years", "serious crime (at least 3 years)",
					"through mutual legal assistance");
		});
	}

	@Test
	void an_order_that_states_no_offence_does_not_meet_the_serious_crime_test() {
		// given
		var order = aUkOverseasProductionOrder().withOffence(null);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.AGREEMENT_SERIOUS_CRIME_NOT_MET);
			assertThat(finding.message()).contains("does not state the offence's maximum sentence");
		});
	}

	@Test
	void an_offence_without_its_maximum_sentence_does_not_meet_the_serious_crime_test() {
		var order = aUkOverseasProductionOrder().withOffence(new Offence("fraud", null, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.AGREEMENT_SERIOUS_CRIME_NOT_MET);
	}

	@Test
	void orders_outside_an_agreement_are_not_held_to_it() {
		var order = aEuropeanProductionOrder().withOffence(new Offence("insult", 1, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

}
