package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM, wrong dates: a period must not be reversed nor wholly after receipt; a period
 * running past receipt is cut at receipt (docs/rules.md, reading 6). Dates are measured
 * against receipt, not the evaluation day.
 */
class DateRangeInOrderTests {

	final DateRangeInOrder rule = new DateRangeInOrder();

	static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);

	@Test
	void a_period_wholly_before_receipt_is_in_order() {
		var subpoena = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED.minusDays(1));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_period_ending_on_the_day_of_receipt_is_not_truncated() {
		var subpoena = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_period_that_ends_before_it_starts_is_reversed() {
		// given
		var subpoena = aGrandJurySubpoena().forPeriod(LocalDate.of(2026, 6, 30), JANUARY_FIRST);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.DATE_RANGE_REVERSED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.message()).contains("starts on 2026-06-30", "ends on 2026-01-01", "Correct the dates");
		});
	}

	@Test
	void a_period_starting_the_day_after_receipt_is_in_the_future() {
		// given
		var subpoena = aGrandJurySubpoena().forPeriod(RECEIVED.plusDays(1), RECEIVED.plusDays(30));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.DATE_RANGE_IN_FUTURE);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.message()).contains("received on 2026-09-01", "no such records yet");
		});
	}

	@Test
	void a_reversed_period_in_the_future_is_reported_as_reversed() {
		var subpoena = aGrandJurySubpoena().forPeriod(RECEIVED.plusDays(10), RECEIVED.plusDays(5));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.DATE_RANGE_REVERSED);
	}

	@Test
	void a_period_running_past_receipt_is_truncated_at_receipt() {
		// given
		var subpoena = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED.plusDays(1));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.DATE_RANGE_TRUNCATED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.severity()).isEqualTo(Severity.NARROWING);
			assertThat(finding.message()).contains("runs to 2026-09-02", "only records up to 2026-09-01");
		});
	}

	@Test
	void a_period_starting_on_the_day_of_receipt_is_truncated_not_in_the_future() {
		var subpoena = aGrandJurySubpoena().forPeriod(RECEIVED, RECEIVED.plusDays(30));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.DATE_RANGE_TRUNCATED);
	}

	@Test
	void dates_are_measured_against_receipt_not_the_evaluation_day() {
		var subpoena = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED.plusDays(30))
			.evaluatedOn(RECEIVED.plusDays(60));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.DATE_RANGE_TRUNCATED);
	}

	@Test
	void a_demand_without_a_period_has_no_dates_to_check() {
		assertThat(this.rule.check(aGrandJurySubpoena().withoutPeriod().build(), CONTOSO)).isEmpty();
	}

}
