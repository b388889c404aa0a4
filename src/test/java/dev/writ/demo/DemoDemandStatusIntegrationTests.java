package dev.writ.demo;

import dev.writ.intake.DemandQueries;
import dev.writ.intake.DemandStatus;
import dev.writ.intake.DemandSummary;
import dev.writ.shared.legal.ProcessType;
import dev.writ.testing.WritIntegrationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo shows what it says it shows: its seeded demands are received, except the
 * unsigned 2703(d) order, which waits for correction; the subpoena for an enterprise
 * account is recommended for redirect.
 */
@WritIntegrationTest
class DemoDemandStatusIntegrationTests {

	@Autowired
	DemandQueries queries;

	@Test
	void the_demo_demands_are_received_and_the_unsigned_order_needs_correction() {
		assertThat(seeded(ProcessType.GRAND_JURY_SUBPOENA, "FBI Seattle Field Office").status())
			.isEqualTo(DemandStatus.RECEIVED);
		assertThat(seeded(ProcessType.SEARCH_WARRANT, "Seattle Police Department").status())
			.isEqualTo(DemandStatus.RECEIVED);
		assertThat(seeded(ProcessType.EUROPEAN_PRODUCTION_ORDER, "Landeskriminalamt Berlin").status())
			.isEqualTo(DemandStatus.RECEIVED);
		DemandSummary order = seeded(ProcessType.COURT_ORDER_2703D, "Washington State Patrol");
		assertThat(order.status()).isEqualTo(DemandStatus.DEFICIENT);
		assertThat(this.queries.detail(order.reference()).orElseThrow().deficiencies())
			.extracting(deficiency -> deficiency.code())
			.containsExactly("UNSIGNED_OR_UNAUTHORIZED");
	}

	@Test
	void the_demo_subpoena_for_an_enterprise_account_is_recommended_for_redirect() {
		// given
		DemandSummary enterprise = this.queries.open()
			.stream()
			.filter(demand -> demand.targets().contains("d.kowalski@fabrikam-mfg.example"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo demand for the enterprise account"));
		// when
		var assessment = this.queries.detail(enterprise.reference()).orElseThrow().assessment();
		// then
		assertThat(enterprise.status()).isEqualTo(DemandStatus.RECEIVED);
		assertThat(assessment.outcome()).isEqualTo("redirect_to_customer");
		assertThat(assessment.reasons()).contains("ENTERPRISE_REDIRECT");
	}

	/**
	 * The first demand of its kind from the agency: the demo seeds it before any test
	 * runs.
	 */
	private DemandSummary seeded(ProcessType type, String agency) {
		return this.queries.open()
			.stream()
			.filter(demand -> demand.processType() == type && demand.agencyName().equals(agency))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no demo " + type + " from " + agency));
	}

}
