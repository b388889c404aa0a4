package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aCivilSubpoena;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM (note on State instruments): a civil subpoena of another State's court must be
 * domesticated in Washington, the provider's State (docs/rules.md, reading 3).
 */
class CivilSubpoenaDomesticatedTests {

	final CivilSubpoenaDomesticated rule = new CivilSubpoenaDomesticated();

	@Test
	void a_washington_civil_subpoena_needs_no_domestication() {
		assertThat(this.rule.check(aCivilSubpoena().inJurisdiction("US-WA").build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_oregon_civil_subpoena_that_was_not_domesticated_is_improperly_served() {
		// given
		var subpoena = aCivilSubpoena().inJurisdiction("US-OR");
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.IMPROPERLY_SERVED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.citation()).contains("Uniform Interstate Depositions and Discovery Act");
			assertThat(finding.message()).contains("issued in OR must be domesticated in WA",
					"Have the clerk of a WA court issue it");
		});
	}

	@Test
	void a_civil_subpoena_declared_not_domesticated_is_improperly_served() {
		var subpoena = aCivilSubpoena().inJurisdiction("US-OR").domesticated(false);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.IMPROPERLY_SERVED);
	}

	@Test
	void a_domesticated_oregon_civil_subpoena_is_properly_served() {
		var subpoena = aCivilSubpoena().inJurisdiction("US-OR").domesticated(true);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_federal_civil_subpoena_needs_no_domestication() {
		assertThat(this.rule.check(aCivilSubpoena().inJurisdiction("US-federal").build(), CONTOSO)).isEmpty();
	}

	@Test
	void criminal_subpoenas_of_another_state_are_not_domesticated() {
		var subpoena = aGrandJurySubpoena().inJurisdiction("US-OR");
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

}
