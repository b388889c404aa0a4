package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.GovernmentLevel;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.RequesterFixture.stateAgency;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM (note on State instruments): a State subpoena used by another State's agency
 * is outside the issuer's jurisdiction (docs/rules.md, reading 10).
 */
class StateProcessWithinIssuerJurisdictionTests {

	final StateProcessWithinIssuerJurisdiction rule = new StateProcessWithinIssuerJurisdiction();

	@Test
	void an_oregon_subpoena_used_by_an_oregon_agency_is_within_its_jurisdiction() {
		var subpoena = aGrandJurySubpoena().ofType(ProcessType.SUBPOENA)
			.inJurisdiction("US-OR")
			.from(stateAgency("Portland Police Bureau", "OR", GovernmentLevel.LOCAL));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_oregon_subpoena_used_by_a_washington_agency_is_outside_the_issuers_jurisdiction() {
		// given
		var subpoena = aGrandJurySubpoena().ofType(ProcessType.SUBPOENA)
			.inJurisdiction("US-OR")
			.from(stateAgency("King County Sheriff's Office", "WA", GovernmentLevel.LOCAL));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.OUTSIDE_ISSUER_JURISDICTION);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("carries OR's authority only", "agency is in WA",
					"Use process of the State where the investigation is, or federal process");
		});
	}

	@Test
	void grand_jury_and_administrative_subpoenas_of_another_state_are_outside_jurisdiction() {
		for (ProcessType type : List.of(ProcessType.GRAND_JURY_SUBPOENA, ProcessType.ADMINISTRATIVE_SUBPOENA)) {
			var subpoena = aGrandJurySubpoena().ofType(type)
				.inJurisdiction("US-OR")
				.from(stateAgency("Washington State Patrol", "WA", GovernmentLevel.STATE));
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(type.code())
				.extracting(Finding::code)
				.containsExactly(ReasonCode.OUTSIDE_ISSUER_JURISDICTION);
		}
	}

	@Test
	void a_federal_agency_is_not_checked() {
		var subpoena = aGrandJurySubpoena().inJurisdiction("US-OR");
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_federal_subpoena_used_by_a_state_agency_is_not_checked() {
		var subpoena = aGrandJurySubpoena().from(stateAgency("Portland Police Bureau", "OR", GovernmentLevel.LOCAL));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_state_search_warrant_is_not_a_state_subpoena() {
		var warrant = aSearchWarrant().inJurisdiction("US-OR")
			.from(stateAgency("King County Sheriff's Office", "WA", GovernmentLevel.LOCAL));
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

}
