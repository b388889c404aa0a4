package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * POL-FORM, EEV-01: process names this provider, and EU orders name its EU designated
 * establishment (docs/rules.md, reading 1).
 */
class AddressedToThisProviderTests {

	final AddressedToThisProvider rule = new AddressedToThisProvider();

	@Test
	void a_demand_addressed_to_the_legal_name_is_properly_addressed() {
		assertThat(this.rule.check(aGrandJurySubpoena().addressedTo("Contoso Cloud, Inc.").build(), CONTOSO)).isEmpty();
	}

	@Test
	void the_legal_name_or_an_alias_inside_a_longer_addressee_line_is_properly_addressed() {
		var custodian = aGrandJurySubpoena().addressedTo("Custodian of Records, Contoso Cloud, Inc.");
		var alias = aGrandJurySubpoena().addressedTo("CONTOSO CLOUD INC");
		assertThat(this.rule.check(custodian.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(alias.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_demand_addressed_to_another_company_goes_to_the_wrong_company() {
		// given
		var subpoena = aGrandJurySubpoena().addressedTo("Fabrikam Online, Inc.");
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.WRONG_COMPANY);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.target()).isNull();
			assertThat(finding.message()).contains("\"Fabrikam Online, Inc.\"", "Serve it on the company that holds");
		});
	}

	@Test
	void a_blank_addressee_is_not_properly_addressed() {
		// given
		var subpoena = aGrandJurySubpoena().addressedTo("   ");
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NOT_PROPERLY_ADDRESSED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("names no addressee", "Address it to Contoso Cloud, Inc.");
		});
	}

	@Test
	void a_european_order_addressed_to_the_designated_establishment_is_properly_addressed() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_european_order_addressed_to_the_us_company_is_not_properly_addressed() {
		// given
		var order = aEuropeanProductionOrder().addressedTo("Contoso Cloud, Inc.");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NOT_PROPERLY_ADDRESSED);
			assertThat(finding.rule()).isEqualTo("EEV-01");
			assertThat(finding.citation()).contains("Directive (EU) 2023/1544");
			assertThat(finding.message()).contains("Contoso Cloud Ireland Limited", "Re-issue the certificate");
		});
	}

	@Test
	void a_european_preservation_order_must_also_name_the_designated_establishment() {
		// given
		var order = aEuropeanPreservationOrder().addressedTo("Contoso Cloud, Inc.");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code, Finding::rule)
			.containsExactly(tuple(ReasonCode.NOT_PROPERLY_ADDRESSED, "EEV-01"));
	}

	@Test
	void a_blank_european_order_is_told_to_name_the_designated_establishment() {
		var order = aEuropeanProductionOrder().addressedTo("");
		assertThat(this.rule.check(order.build(), CONTOSO)).singleElement()
			.satisfies(
					finding -> assertThat(finding.message()).contains("Address it to Contoso Cloud Ireland Limited"));
	}

	@Test
	void a_european_order_addressed_to_another_company_goes_to_the_wrong_company() {
		var order = aEuropeanProductionOrder().addressedTo("Fabrikam Ireland Limited");
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.WRONG_COMPANY);
	}

	@Test
	void us_process_addressed_to_the_eu_establishment_is_not_properly_addressed() {
		// given
		var subpoena = aGrandJurySubpoena().addressedTo("Contoso Cloud Ireland Limited");
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NOT_PROPERLY_ADDRESSED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("receives only EU orders", "Address it to Contoso Cloud, Inc.");
		});
	}

}
