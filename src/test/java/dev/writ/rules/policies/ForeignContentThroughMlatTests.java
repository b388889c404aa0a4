package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.RequesterFixture;
import dev.writ.rules.Severity;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.ForeignDemandFixture.aForeignCourtOrder;
import static dev.writ.rules.ForeignDemandFixture.aUsCourtMlatWarrant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * MLAT-01: a foreign authority without an executive agreement gets content only through
 * mutual legal assistance; its non-content part may still be answered (docs/rules.md,
 * reading 12).
 */
class ForeignContentThroughMlatTests {

	final ForeignContentThroughMlat rule = new ForeignContentThroughMlat();

	@Test
	void a_foreign_court_order_for_content_only_is_withheld_entirely() {
		// given
		var order = aForeignCourtOrder("BR").requesting(DataCategory.EMAIL_CONTENT);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FOREIGN_CONTENT_REQUIRES_MLAT);
			assertThat(finding.rule()).isEqualTo("MLAT-01");
			assertThat(finding.citation()).contains("3512");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.withheld()).containsExactly(DataCategory.EMAIL_CONTENT);
			assertThat(finding.message()).contains("Content (email_content)", "Request it through mutual legal");
		});
	}

	@Test
	void a_foreign_court_order_for_content_and_subscriber_data_withholds_only_the_content() {
		// given
		var order = aForeignCourtOrder("BR").requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.EMAIL_CONTENT,
				DataCategory.STORED_FILES);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.NARROWING);
			assertThat(finding.withheld()).containsExactlyInAnyOrder(DataCategory.EMAIL_CONTENT,
					DataCategory.STORED_FILES);
		});
	}

	@Test
	void a_foreign_court_order_for_non_content_is_not_routed() {
		assertThat(this.rule.check(aForeignCourtOrder("BR").build(), CONTOSO)).isEmpty();
	}

	@Test
	void eu_orders_and_agreement_orders_are_not_routed() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(aUkOverseasProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_warrant_a_us_court_issued_for_a_foreign_partner_is_us_process() {
		assertThat(this.rule.check(aUsCourtMlatWarrant().from(RequesterFixture.LKA_BERLIN).build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_foreign_preservation_request_is_not_routed() {
		var request = aPreservationRequest().from(RequesterFixture.foreignPolice("BR")).inJurisdiction("BR");
		assertThat(this.rule.check(request.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_foreign_civil_litigant_is_not_a_foreign_government() {
		var order = aForeignCourtOrder("BR").from(RequesterFixture.civilLitigant("BR"))
			.requesting(DataCategory.EMAIL_CONTENT);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_us_warrant_for_content_is_not_routed() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

}
