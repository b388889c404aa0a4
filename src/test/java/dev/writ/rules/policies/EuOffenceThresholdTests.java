package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Offence;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-04: traffic and content orders are for offences punishable by at least three years,
 * or listed offences; the order must state the offence (docs/rules.md, reading 4, 11).
 */
class EuOffenceThresholdTests {

	final EuOffenceThreshold rule = new EuOffenceThreshold();

	@Test
	void a_content_order_for_an_offence_of_three_years_meets_the_threshold() {
		var order = aEuropeanProductionOrder().withOffence(new Offence("fraud", 3, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_content_order_for_an_offence_of_two_years_does_not_meet_the_threshold() {
		// given
		var order = aEuropeanProductionOrder().withOffence(new Offence("insult", 2, false));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_OFFENCE_THRESHOLD_NOT_MET);
			assertThat(finding.rule()).isEqualTo("EEV-04");
			assertThat(finding.citation()).contains("Art. 5");
			assertThat(finding.message()).contains("at most 2 years", "at least 3 years",
					"Limit the order to subscriber data");
		});
	}

	@Test
	void a_listed_offence_meets_the_threshold_whatever_its_sentence() {
		var order = aEuropeanProductionOrder().withOffence(new Offence("attack on information systems", 2, true));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_traffic_order_for_a_minor_offence_does_not_meet_the_threshold() {
		var order = aEuropeanProductionOrder().withOffence(new Offence("insult", 1, false))
			.requesting(DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_OFFENCE_THRESHOLD_NOT_MET);
	}

	@Test
	void subscriber_and_identification_data_may_be_ordered_for_any_offence() {
		var order = aEuropeanProductionOrder().withOffence(new Offence("insult", 1, false))
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_FOR_IDENTIFICATION);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_content_order_that_states_no_offence_is_facially_invalid() {
		// given
		var order = aEuropeanProductionOrder().withOffence(null);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("EEV-04");
			assertThat(finding.message()).contains("must state the offence and its maximum sentence");
		});
	}

	@Test
	void an_offence_without_its_maximum_sentence_is_facially_invalid_unless_listed() {
		var unlisted = aEuropeanProductionOrder().withOffence(new Offence("fraud", null, false));
		var listed = aEuropeanProductionOrder().withOffence(new Offence("child sexual abuse", null, true));
		assertThat(this.rule.check(unlisted.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.FACIALLY_INVALID);
		assertThat(this.rule.check(listed.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_european_preservation_order_has_no_offence_threshold() {
		var order = aEuropeanPreservationOrder().withOffence(new Offence("insult", 1, false));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

}
