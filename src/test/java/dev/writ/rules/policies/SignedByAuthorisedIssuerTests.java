package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM: process is signed, and warrants, 2703(d) orders and UK overseas production
 * orders are signed by a judge (docs/rules.md, reading 5).
 */
class SignedByAuthorisedIssuerTests {

	final SignedByAuthorisedIssuer rule = new SignedByAuthorisedIssuer();

	@Test
	void a_subpoena_signed_by_a_prosecutor_is_authorised() {
		assertThat(this.rule.check(aGrandJurySubpoena().build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_unsigned_subpoena_is_rejected() {
		// given
		var subpoena = aGrandJurySubpoena().unsigned();
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.UNSIGNED_OR_UNAUTHORIZED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("not signed", "Send the signed original");
		});
	}

	@Test
	void a_warrant_signed_by_a_magistrate_judge_is_authorised() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_warrant_signed_by_anyone_but_a_judge_is_unauthorised() {
		for (String role : List.of("police", "prosecutor", "public_prosecutor", "agency_official",
				"attorney_of_record")) {
			assertThat(this.rule.check(aSearchWarrant().issuedBy("Someone", role).build(), CONTOSO)).as(role)
				.extracting(Finding::code)
				.containsExactly(ReasonCode.UNSIGNED_OR_UNAUTHORIZED);
		}
	}

	@Test
	void a_2703d_order_signed_by_a_prosecutor_is_unauthorised() {
		// given
		var order = aGrandJurySubpoena().ofType(ProcessType.COURT_ORDER_2703D);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.UNSIGNED_OR_UNAUTHORIZED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("must be issued by a judge", "signed by a prosecutor");
		});
	}

	@Test
	void a_uk_overseas_production_order_signed_by_the_police_is_unauthorised() {
		var order = aUkOverseasProductionOrder().issuedBy("Detective Inspector", "police");
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.UNSIGNED_OR_UNAUTHORIZED);
	}

	@Test
	void an_unsigned_emergency_request_is_left_to_the_emergency_checks() {
		assertThat(this.rule.check(anEmergencyRequest().unsigned().build(), CONTOSO)).isEmpty();
	}

}
