package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-25: an order meeting the executive agreement's conditions lets the provider produce
 * content to that government (docs/rules.md, reading 13).
 */
class AgreementOrderValidTests {

	final AgreementOrderValid rule = new AgreementOrderValid();

	@Test
	void a_uk_order_for_a_serious_crime_about_a_uk_resident_is_within_the_agreement() {
		// when
		List<Finding> findings = this.rule.check(aUkOverseasProductionOrder().build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.AGREEMENT_ORDER_VALID);
			assertThat(finding.rule()).isEqualTo("SCA-25");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.citation()).contains("2702(b)(9)");
			assertThat(finding.message()).contains("serious crime", "no US person targeted");
		});
	}

	@Test
	void an_australian_order_meeting_the_conditions_is_within_its_agreement() {
		var order = aUkOverseasProductionOrder().inJurisdiction("AU")
			.withTargets(abroad("b.jones@contosomail.example", "AU", "AU"));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.AGREEMENT_ORDER_VALID);
	}

	@Test
	void an_order_targeting_a_person_in_the_united_states_is_not_valid_under_the_agreement() {
		var order = aUkOverseasProductionOrder().withTargets(abroad("j.doe@contosomail.example", "GB", "US"));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_for_a_minor_offence_is_not_valid_under_the_agreement() {
		var order = aUkOverseasProductionOrder().withOffence(new Offence("harassment", 2, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void orders_of_countries_without_an_agreement_and_us_process_are_not_agreement_orders() {
		assertThat(this.rule.check(aUkOverseasProductionOrder().inJurisdiction("FR").build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

}
