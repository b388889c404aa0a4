package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.RequesterFixture;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM, SCA-20, SCA-07, UK-01: a letter is not process, an overseas production order
 * needs a CLOUD Act agreement, and 2703(f) preservation is for governments only
 * (docs/rules.md, reading 4, 21).
 */
class RecognisedInstrumentTests {

	final RecognisedInstrument rule = new RecognisedInstrument();

	@Test
	void a_grand_jury_subpoena_is_a_recognised_instrument() {
		assertThat(this.rule.check(aGrandJurySubpoena().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_letter_without_process_is_facially_invalid() {
		// given
		var letter = aGrandJurySubpoena().ofType(ProcessType.LETTER_WITHOUT_PROCESS);
		// when
		List<Finding> findings = this.rule.check(letter.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("SCA-20");
			assertThat(finding.citation()).contains("2702(a)");
			assertThat(finding.message()).contains("not legal process", "Serve a subpoena, court order or warrant");
		});
	}

	@Test
	void overseas_production_orders_from_the_uk_and_australia_are_recognised() {
		var uk = aUkOverseasProductionOrder();
		var australia = aUkOverseasProductionOrder().inJurisdiction("AU");
		assertThat(this.rule.check(uk.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(australia.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_overseas_production_order_from_a_country_without_an_agreement_is_facially_invalid() {
		// given
		var order = aUkOverseasProductionOrder().inJurisdiction("FR");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("UK-01");
			assertThat(finding.message()).contains("names the issuing jurisdiction FR", "Use mutual legal assistance");
		});
	}

	@Test
	void a_civil_litigant_cannot_ask_for_preservation_under_2703f() {
		// given
		var request = aPreservationRequest().from(RequesterFixture.PLAINTIFF_COUNSEL);
		// when
		List<Finding> findings = this.rule.check(request.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FACIALLY_INVALID);
			assertThat(finding.rule()).isEqualTo("SCA-07");
			assertThat(finding.message()).contains("governmental entities only", "litigation hold order");
		});
	}

	@Test
	void us_and_foreign_governments_may_ask_for_preservation() {
		var us = aPreservationRequest();
		var foreign = aPreservationRequest().from(RequesterFixture.foreignPolice("BR")).inJurisdiction("BR");
		assertThat(this.rule.check(us.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(foreign.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_overseas_production_order_naming_no_issuing_jurisdiction_is_facially_invalid() {
		// given: found by fuzzing, once a crash
		var order = aUkOverseasProductionOrder().inJurisdiction(null);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code).containsExactly(ReasonCode.FACIALLY_INVALID);
	}

}
