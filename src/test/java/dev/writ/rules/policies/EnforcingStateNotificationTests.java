package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EEV-05: a traffic or content order about a person not residing in the issuing State is
 * notified to the enforcing State (docs/rules.md, reading 11).
 */
class EnforcingStateNotificationTests {

	final EnforcingStateNotification rule = new EnforcingStateNotification();

	static final Target PARISIAN = abroad("pierre@contosomail.example", "IE", "FR");

	@Test
	void a_content_order_about_a_resident_of_the_issuing_state_needs_no_notification() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_content_order_about_a_resident_of_another_state_must_be_notified() {
		// given
		var order = aEuropeanProductionOrder().withTargets(PARISIAN);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EPO_NOTIFICATION_REQUIRED);
			assertThat(finding.rule()).isEqualTo("EEV-05");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("does not reside in the issuing State", "10 days (96 hours");
		});
	}

	@Test
	void a_traffic_order_about_a_resident_of_another_state_must_be_notified() {
		var order = aEuropeanProductionOrder().withTargets(PARISIAN).requesting(DataCategory.IP_CONNECTION_HISTORY);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_NOTIFICATION_REQUIRED);
	}

	@Test
	void a_subscriber_or_identification_order_needs_no_notification() {
		var order = aEuropeanProductionOrder().withTargets(PARISIAN)
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_FOR_IDENTIFICATION);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void one_foreign_resident_among_several_targets_requires_one_notification() {
		var order = aEuropeanProductionOrder().withTargets(TargetFixture.BERLIN_RESIDENT, PARISIAN);
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.EPO_NOTIFICATION_REQUIRED);
	}

	@Test
	void preservation_orders_and_us_process_are_not_notified() {
		assertThat(this.rule.check(aEuropeanPreservationOrder().withTargets(PARISIAN).build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(aSearchWarrant().withTargets(PARISIAN).build(), CONTOSO)).isEmpty();
	}

}
