package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.CrossBorder;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-07: when the notified enforcing State raises a ground for refusal the order is not
 * executed (docs/rules.md, reading 11).
 */
class EnforcingStateRefusalTests {

	final EnforcingStateRefusal rule = new EnforcingStateRefusal();

	static CrossBorder epoc(String response) {
		return new CrossBorder("EPOC", false, null, true, response);
	}

	@Test
	void an_order_without_a_response_of_the_enforcing_state_is_executed() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_the_enforcing_state_did_not_object_to_is_executed() {
		var order = aEuropeanProductionOrder().withCrossBorder(epoc("no_objection"));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_the_enforcing_state_refused_is_not_executed() {
		// given
		var order = aEuropeanProductionOrder().withCrossBorder(epoc("refused"));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_REFUSED_BY_ENFORCING_STATE);
			assertThat(finding.rule()).isEqualTo("EEV-07");
			assertThat(finding.citation()).contains("Art. 12");
			assertThat(finding.message()).contains("ground for refusal (refused)", "cannot be executed");
		});
	}

	@Test
	void a_refused_european_preservation_order_is_not_executed_either() {
		var order = aEuropeanPreservationOrder()
			.withCrossBorder(new CrossBorder("EPOC-PR", false, null, true, "refused"));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_REFUSED_BY_ENFORCING_STATE);
	}

	@Test
	void a_refusal_recorded_on_a_non_eu_order_is_not_this_rules_concern() {
		var order = aUkOverseasProductionOrder()
			.withCrossBorder(new CrossBorder(null, false, "US-UK", true, "refused"));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

}
