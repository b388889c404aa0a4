package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.RequesterFixture.fbiWithPowers;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM: an agency issues only the instruments its enabling law gives it, checked when
 * its powers are recorded (docs/rules.md, reading 10).
 */
class IssuerWithinAgencyAuthorityTests {

	final IssuerWithinAgencyAuthority rule = new IssuerWithinAgencyAuthority();

	@Test
	void an_agency_whose_powers_are_not_recorded_is_not_checked() {
		var subpoena = aGrandJurySubpoena().ofType(ProcessType.ADMINISTRATIVE_SUBPOENA);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_agency_with_subpoena_power_may_issue_an_administrative_subpoena() {
		var subpoena = aGrandJurySubpoena().ofType(ProcessType.ADMINISTRATIVE_SUBPOENA)
			.from(fbiWithPowers(ProcessType.ADMINISTRATIVE_SUBPOENA, ProcessType.PRESERVATION_REQUEST));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_administrative_subpoena_from_an_agency_without_subpoena_power_exceeds_its_authority() {
		// given
		var subpoena = aGrandJurySubpoena().ofType(ProcessType.ADMINISTRATIVE_SUBPOENA)
			.from(fbiWithPowers(ProcessType.PRESERVATION_REQUEST, ProcessType.EMERGENCY_REQUEST));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EXCEEDS_AGENCY_AUTHORITY);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains(
					"FBI Seattle Field Office has no statutory power to issue an administrative subpoena",
					"Obtain the instrument from an authority that has the power");
		});
	}

	@Test
	void an_agency_recorded_with_no_powers_can_issue_nothing() {
		var subpoena = aGrandJurySubpoena().from(fbiWithPowers());
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("power to issue a grand jury subpoena"));
	}

}
