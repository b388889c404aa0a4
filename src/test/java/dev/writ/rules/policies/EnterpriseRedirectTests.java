package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.rules.TargetFixture;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.TargetFixture.enterprise;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * POL-ENTERPRISE, EEV-09: a customer with more than 50 seats is asked first, unless a
 * secrecy order in force forbids telling it; never for emergencies or preservation
 * (docs/rules.md, reading 11, 17).
 */
class EnterpriseRedirectTests {

	final EnterpriseRedirect rule = new EnterpriseRedirect();

	static final String CFO = "cfo@fabrikam.example";

	@Test
	void an_enterprise_with_51_seats_is_redirected_to_the_customer() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(enterprise(CFO, 51));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.ENTERPRISE_REDIRECT);
			assertThat(finding.rule()).isEqualTo("POL-ENTERPRISE");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.message()).contains("51 seats (more than 50)", "Seek the data from the customer");
		});
	}

	@Test
	void an_enterprise_with_50_seats_is_treated_as_a_consumer() {
		assertThat(this.rule.check(aGrandJurySubpoena().withTargets(enterprise(CFO, 50)).build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_enterprise_whose_seats_are_unknown_is_treated_as_a_consumer() {
		assertThat(this.rule.check(aGrandJurySubpoena().withTargets(enterprise(CFO, null)).build(), CONTOSO)).isEmpty();
	}

	@Test
	void only_the_enterprise_target_among_several_is_redirected() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER, enterprise(CFO, 200));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.target()).isEqualTo(1);
			assertThat(finding.message()).startsWith("Target 2 (cfo@fabrikam.example)");
		});
	}

	@Test
	void a_secrecy_order_in_force_blocks_the_redirect() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(enterprise(CFO, 51)).withSecrecyOrder(RECEIVED.plusDays(1));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.ENTERPRISE_REDIRECT_BLOCKED_BY_NDO);
			assertThat(finding.rule()).isEqualTo("POL-ENTERPRISE");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("secrecy order forbids telling it", "assessed like any other");
		});
	}

	@Test
	void a_secrecy_order_without_an_end_date_blocks_the_redirect() {
		var subpoena = aGrandJurySubpoena().withTargets(enterprise(CFO, 51)).withSecrecyOrder(null);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.ENTERPRISE_REDIRECT_BLOCKED_BY_NDO);
	}

	@Test
	void a_secrecy_order_expiring_on_the_evaluation_day_no_longer_blocks_the_redirect() {
		var subpoena = aGrandJurySubpoena().withTargets(enterprise(CFO, 51))
			.withSecrecyOrder(RECEIVED.plusDays(10))
			.evaluatedOn(RECEIVED.plusDays(10));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.ENTERPRISE_REDIRECT);
	}

	@Test
	void emergency_and_preservation_requests_are_never_redirected() {
		var emergency = anEmergencyRequest().withTargets(enterprise(CFO, 5000));
		var preservation = aPreservationRequest().withTargets(enterprise(CFO, 5000));
		var euPreservation = aEuropeanPreservationOrder().withTargets(enterprise(CFO, 5000));
		assertThat(this.rule.check(emergency.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(preservation.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(euPreservation.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_european_production_order_goes_to_the_controller_first() {
		var order = aEuropeanProductionOrder().withTargets(enterprise(CFO, 51));
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code, Finding::rule)
			.containsExactly(tuple(ReasonCode.ENTERPRISE_REDIRECT, "EEV-09"));
	}

}
