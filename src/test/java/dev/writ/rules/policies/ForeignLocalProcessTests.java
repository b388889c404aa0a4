package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.ForeignDemandFixture.aForeignCourtOrder;
import static dev.writ.rules.ForeignDemandFixture.aForeignSubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-22: non-content may be given to a foreign authority under its valid local process
 * (docs/rules.md, reading 12).
 */
class ForeignLocalProcessTests {

	final ForeignLocalProcess rule = new ForeignLocalProcess();

	@Test
	void a_foreign_subpoena_for_subscriber_data_is_answerable_under_local_process() {
		// when
		List<Finding> findings = this.rule.check(aForeignSubpoena("BR").build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.FOREIGN_LOCAL_PROCESS_NONCONTENT);
			assertThat(finding.rule()).isEqualTo("SCA-22");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.citation()).contains("2711(4)");
			assertThat(finding.message()).contains("foreign authority under its valid local process");
		});
	}

	@Test
	void the_non_content_part_of_a_foreign_demand_for_content_is_answerable() {
		var order = aForeignCourtOrder("BR").requesting(DataCategory.EMAIL_CONTENT, DataCategory.BASIC_SUBSCRIBER_INFO);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.FOREIGN_LOCAL_PROCESS_NONCONTENT);
	}

	@Test
	void a_foreign_demand_for_content_only_has_no_non_content_part() {
		var order = aForeignCourtOrder("BR").requesting(DataCategory.EMAIL_CONTENT);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void us_eu_and_agreement_process_are_not_foreign_local_process() {
		assertThat(this.rule.check(aGrandJurySubpoena().build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(aUkOverseasProductionOrder().build(), CONTOSO)).isEmpty();
	}

}
