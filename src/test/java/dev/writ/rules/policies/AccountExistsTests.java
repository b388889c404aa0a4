package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.TargetFixture.missing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * POL-NODATA: a target with no matching account is answered "no data found"
 * (docs/rules.md (readings) 18).
 */
class AccountExistsTests {

	final AccountExists rule = new AccountExists();

	@Test
	void an_existing_account_has_data() {
		assertThat(this.rule.check(aGrandJurySubpoena().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_target_without_an_account_is_not_found() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(missing("nobody@contosomail.example"));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.ACCOUNT_NOT_FOUND);
			assertThat(finding.rule()).isEqualTo("POL-NODATA");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.message()).contains("Target 1 (nobody@contosomail.example)",
					"no account matches this identifier", "Check it against the evidence");
		});
	}

	@Test
	void each_missing_target_among_several_is_not_found() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER, missing("a@contosomail.example"),
				missing("b@contosomail.example"));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code, Finding::target)
			.containsExactly(tuple(ReasonCode.ACCOUNT_NOT_FOUND, 1), tuple(ReasonCode.ACCOUNT_NOT_FOUND, 2));
	}

}
