package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-07 (Art. 17): the provider objects to a European Production Order for content whose
 * production would conflict with a third country's law, e.g. content held in the United
 * States (docs/rules.md, reading 11).
 */
class EuThirdCountryConflictTests {

	final EuThirdCountryConflict rule = new EuThirdCountryConflict();

	@Test
	void an_order_for_content_held_in_the_united_states_is_objected_to() {
		// given
		var order = aEuropeanProductionOrder().withTargets(abroad("spree@contosomail.example", "US", "DE"));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_THIRD_COUNTRY_CONFLICT);
			assertThat(finding.rule()).isEqualTo("EEV-07");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.citation()).contains("Art. 17");
			assertThat(finding.message()).contains("content held in US", "reasoned objection within 10 days");
		});
	}

	@Test
	void an_order_for_content_held_in_the_union_raises_no_conflict() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_for_subscriber_data_held_in_the_united_states_raises_no_conflict() {
		var order = aEuropeanProductionOrder().withTargets(abroad("spree@contosomail.example", "US", "DE"))
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_declared_material_conflict_with_a_non_eu_law_is_objected_to() {
		var order = aEuropeanProductionOrder().withConflictLaw("CH", true);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_THIRD_COUNTRY_CONFLICT);
	}

	@Test
	void a_conflict_with_eu_law_or_without_material_risk_is_not_a_third_country_conflict() {
		var euLaw = aEuropeanProductionOrder().withConflictLaw("FR", true);
		var noRisk = aEuropeanProductionOrder().withConflictLaw("CH", false);
		assertThat(this.rule.check(euLaw.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(noRisk.build(), CONTOSO)).isEmpty();
	}

	@Test
	void the_objection_names_the_us_held_target_among_several() {
		var order = aEuropeanProductionOrder().withTargets(TargetFixture.BERLIN_RESIDENT,
				abroad("spree@contosomail.example", "US", "DE"));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::target).containsExactly(1);
	}

	@Test
	void a_european_preservation_order_is_not_objected_to() {
		var order = aEuropeanPreservationOrder().withTargets(abroad("spree@contosomail.example", "US", "DE"));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

}
