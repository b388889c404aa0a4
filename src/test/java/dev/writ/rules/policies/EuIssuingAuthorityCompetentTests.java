package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-03: traffic and content orders need a judge, court or investigating judge; a public
 * prosecutor suffices for subscriber and identification data; anyone else needs
 * validation (docs/rules.md, reading 11).
 */
class EuIssuingAuthorityCompetentTests {

	final EuIssuingAuthorityCompetent rule = new EuIssuingAuthorityCompetent();

	@Test
	void an_investigating_judge_may_order_content() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_public_prosecutor_may_not_order_content_without_a_judges_validation() {
		// given
		var order = aEuropeanProductionOrder().issuedBy("Staatsanwaltschaft Berlin", "public_prosecutor");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_ISSUING_AUTHORITY_NOT_COMPETENT);
			assertThat(finding.rule()).isEqualTo("EEV-03");
			assertThat(finding.citation()).contains("Art. 4");
			assertThat(finding.message()).contains("traffic or content data",
					"validated by a judge, court or investigating judge", "public prosecutor without such validation");
		});
	}

	@Test
	void a_public_prosecutor_validated_by_a_judge_may_order_content() {
		var order = aEuropeanProductionOrder().issuedBy("Staatsanwaltschaft Berlin", "public_prosecutor")
			.validatedBy("judge");
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_public_prosecutor_may_order_subscriber_and_identification_data() {
		var order = aEuropeanProductionOrder().issuedBy("Staatsanwaltschaft Berlin", "public_prosecutor")
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_FOR_IDENTIFICATION);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_public_prosecutor_may_not_order_traffic_data() {
		var order = aEuropeanProductionOrder().issuedBy("Staatsanwaltschaft Berlin", "public_prosecutor")
			.requesting(DataCategory.IP_CONNECTION_HISTORY);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_ISSUING_AUTHORITY_NOT_COMPETENT);
	}

	@Test
	void the_police_without_validation_may_not_order_even_subscriber_data() {
		// given
		var order = aEuropeanProductionOrder().issuedBy("Polizei Berlin", "police")
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_ISSUING_AUTHORITY_NOT_COMPETENT);
			assertThat(finding.message()).contains("subscriber or identification data",
					"a judge, court, investigating judge or public prosecutor", "police without such validation");
		});
	}

	@Test
	void the_police_validated_by_a_public_prosecutor_may_order_subscriber_data_only() {
		var subscriber = aEuropeanProductionOrder().issuedBy("Polizei Berlin", "police")
			.validatedBy("public_prosecutor")
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
		var content = aEuropeanProductionOrder().issuedBy("Polizei Berlin", "police").validatedBy("public_prosecutor");
		assertThat(this.rule.check(subscriber.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(content.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_ISSUING_AUTHORITY_NOT_COMPETENT);
	}

	@Test
	void a_european_preservation_order_may_come_from_a_prosecutor() {
		var order = aEuropeanPreservationOrder().issuedBy("Staatsanwaltschaft Berlin", "public_prosecutor");
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

}
