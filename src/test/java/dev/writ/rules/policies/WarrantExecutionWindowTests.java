package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.DemandFactsFixture;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-06: a federal warrant served more than 14 days after issue is stale; California
 * allows 10 days.
 */
class WarrantExecutionWindowTests {

	final WarrantExecutionWindow rule = new WarrantExecutionWindow();

	static final LocalDate ISSUED = LocalDate.of(2026, 3, 1);

	@Test
	void a_federal_warrant_served_on_day_14_is_within_its_window() {
		// given
		var warrant = aSearchWarrant().issuedOn(ISSUED).receivedOn(ISSUED.plusDays(14));
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).isEmpty();
	}

	@Test
	void a_federal_warrant_served_on_day_15_has_expired() {
		// given
		var warrant = aSearchWarrant().issuedOn(ISSUED).receivedOn(ISSUED.plusDays(15));
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PROCESS_EXPIRED);
			assertThat(finding.rule()).isEqualTo("SCA-06");
			assertThat(finding.citation()).contains("Fed. R. Crim. P. 41(e)(2)(A)");
			assertThat(finding.message()).contains("15 days", "new warrant");
		});
	}

	@Test
	void a_california_warrant_expires_after_10_days() {
		// given
		var day10 = aSearchWarrant().inJurisdiction("US-CA").issuedOn(ISSUED).receivedOn(ISSUED.plusDays(10));
		var day11 = aSearchWarrant().inJurisdiction("US-CA").issuedOn(ISSUED).receivedOn(ISSUED.plusDays(11));
		// then
		assertThat(this.rule.check(day10.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(day11.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.PROCESS_EXPIRED);
	}

	@Test
	void a_state_whose_window_is_not_recorded_is_not_checked() {
		var late = aSearchWarrant().inJurisdiction("US-TX").issuedOn(ISSUED).receivedOn(ISSUED.plusDays(60));
		assertThat(this.rule.check(late.build(), CONTOSO)).isEmpty();
	}

	@Test
	void subpoenas_have_no_execution_window() {
		var subpoena = DemandFactsFixture.aGrandJurySubpoena().issuedOn(ISSUED).receivedOn(ISSUED.plusDays(60));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

}
