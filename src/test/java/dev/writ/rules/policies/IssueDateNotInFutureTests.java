package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM, wrong dates: an instrument cannot be dated after it was received
 * (docs/rules.md (readings) 6).
 */
class IssueDateNotInFutureTests {

	final IssueDateNotInFuture rule = new IssueDateNotInFuture();

	@Test
	void an_instrument_issued_on_the_day_of_receipt_is_in_order() {
		assertThat(this.rule.check(aGrandJurySubpoena().issuedOn(RECEIVED).build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_instrument_issued_before_receipt_is_in_order() {
		assertThat(this.rule.check(aGrandJurySubpoena().issuedOn(RECEIVED.minusDays(30)).build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_instrument_dated_the_day_after_receipt_has_an_issue_date_in_the_future() {
		// given
		var subpoena = aGrandJurySubpoena().issuedOn(RECEIVED.plusDays(1));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.ISSUE_DATE_IN_FUTURE);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("dated 2026-09-02", "received on 2026-09-01",
					"Check the date and serve it again");
		});
	}

	@Test
	void the_issue_date_is_measured_against_receipt_not_the_evaluation_day() {
		var subpoena = aGrandJurySubpoena().issuedOn(RECEIVED.plusDays(1)).evaluatedOn(RECEIVED.plusDays(10));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.ISSUE_DATE_IN_FUTURE);
	}

}
