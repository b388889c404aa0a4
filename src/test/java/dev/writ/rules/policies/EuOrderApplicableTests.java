package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-01: European orders exist from 18 August 2026, between Member States bound by the
 * Regulation; not Denmark, not third countries (docs/rules.md, reading 4).
 */
class EuOrderApplicableTests {

	final EuOrderApplicable rule = new EuOrderApplicable();

	static final LocalDate APPLICABLE_FROM = LocalDate.of(2026, 8, 18);

	@Test
	void an_order_issued_on_18_august_2026_is_applicable() {
		var order = aEuropeanProductionOrder().issuedOn(APPLICABLE_FROM);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_issued_on_17_august_2026_is_facially_invalid() {
		// given
		var order = aEuropeanProductionOrder().issuedOn(APPLICABLE_FROM.minusDays(1));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("EEV-01");
			assertThat(finding.citation()).contains("2023/1543");
			assertThat(finding.message()).contains("dated 2026-08-17", "18 August 2026", "issue a new order");
		});
	}

	@Test
	void a_danish_order_is_facially_invalid() {
		// given
		var order = aEuropeanProductionOrder().inJurisdiction("DK");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("EEV-01");
			assertThat(finding.message()).contains("Denmark does not take part", "Use mutual legal assistance");
		});
	}

	@Test
	void an_order_from_outside_the_union_is_facially_invalid() {
		// given
		var order = aEuropeanProductionOrder().inJurisdiction("CH");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.message()).contains("EU Member States", "issuing jurisdiction is CH");
		});
	}

	@Test
	void an_irish_order_is_applicable_because_ireland_opted_in() {
		assertThat(this.rule.check(aEuropeanProductionOrder().inJurisdiction("IE").build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_early_danish_order_has_both_defects() {
		var order = aEuropeanProductionOrder().inJurisdiction("DK").issuedOn(APPLICABLE_FROM.minusDays(30));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.FACIALLY_INVALID, ReasonCode.FACIALLY_INVALID);
	}

	@Test
	void a_european_preservation_order_is_held_to_the_same_date() {
		// given
		var order = aEuropeanPreservationOrder().issuedOn(APPLICABLE_FROM.minusDays(1));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code).containsExactly(ReasonCode.FACIALLY_INVALID);
	}

	@Test
	void us_process_issued_before_the_regulation_applies_is_not_an_eu_order() {
		var subpoena = aGrandJurySubpoena().issuedOn(APPLICABLE_FROM.minusDays(30));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

}
