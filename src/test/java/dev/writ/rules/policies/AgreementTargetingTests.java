package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static dev.writ.rules.TargetFixture.usCitizenAbroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UK-02: an order under the US-UK (or US-AU) agreement may not target a US person or a
 * person in the United States (docs/rules.md, reading 13).
 */
class AgreementTargetingTests {

	final AgreementTargeting rule = new AgreementTargeting();

	@Test
	void an_order_about_a_uk_resident_is_within_the_agreement() {
		assertThat(this.rule.check(aUkOverseasProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_about_a_person_living_in_the_united_states_is_outside_the_agreement() {
		// given
		var order = aUkOverseasProductionOrder().withTargets(abroad("j.doe@contosomail.example", "GB", "US"));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.AGREEMENT_TARGETING_RESTRICTION);
			assertThat(finding.rule()).isEqualTo("UK-02");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.citation()).contains("2523(b)");
			assertThat(finding.message()).contains("j.doe@contosomail.example",
					"US person or located in the United States", "through mutual legal assistance");
		});
	}

	@Test
	void an_order_about_a_us_citizen_living_in_the_uk_is_outside_the_agreement() {
		var order = aUkOverseasProductionOrder().withTargets(usCitizenAbroad("expat@contosomail.example", "GB"));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.AGREEMENT_TARGETING_RESTRICTION);
	}

	@Test
	void the_finding_names_the_us_target_among_several() {
		var order = aUkOverseasProductionOrder().withTargets(TargetFixture.LONDON_RESIDENT,
				abroad("j.doe@contosomail.example", "US", "US"));
		assertThat(this.rule.check(order.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.target()).isEqualTo(1);
			assertThat(finding.message()).startsWith("Target 2 (j.doe@contosomail.example)");
		});
	}

	@Test
	void an_australian_order_is_held_to_the_same_restriction() {
		var order = aUkOverseasProductionOrder().inJurisdiction("AU")
			.withTargets(abroad("j.doe@contosomail.example", "AU", "US"));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.AGREEMENT_TARGETING_RESTRICTION);
	}

	@Test
	void us_process_about_a_us_person_is_not_an_agreement_order() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

}
