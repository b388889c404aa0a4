package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-07, EEV-06: a preservation request holds the records for 90 days, once extended to
 * 180 days from the first request on a renewal within the first 90; an EU preservation
 * order holds them for 60 days (docs/rules.md, reading 21).
 */
class PreservationHoldTests {

	final PreservationHold rule = new PreservationHold();

	static PriorPreservation prior(int daysBeforeReceipt, boolean extended) {
		return new PriorPreservation(RECEIVED.minusDays(daysBeforeReceipt), extended, "PR-2026-0042");
	}

	@Test
	void a_us_preservation_request_holds_the_records_for_90_days() {
		// when
		var request = aPreservationRequest().build();
		List<Finding> findings = this.rule.check(request, CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PRESERVATION_ACCEPTED);
			assertThat(finding.rule()).isEqualTo("SCA-07");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("preserved until 2026-11-30", "Nothing is disclosed until");
		});
		assertThat(Preservation.until(request)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void an_eu_preservation_order_holds_the_records_for_60_days() {
		var order = aEuropeanPreservationOrder().build();
		assertThat(this.rule.check(order, CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PRESERVATION_ACCEPTED);
			assertThat(finding.rule()).isEqualTo("EEV-06");
			assertThat(finding.message()).contains("preserved until 2026-10-31");
		});
		assertThat(Preservation.until(order)).isEqualTo(LocalDate.of(2026, 10, 31));
	}

	@Test
	void a_renewal_within_the_first_90_days_extends_the_hold_to_180_days_from_the_first_request() {
		// given
		var renewal = aPreservationRequest().afterPreservation(prior(60, false)).build();
		// when
		List<Finding> findings = this.rule.check(renewal, CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PRESERVATION_EXTENDED);
			assertThat(finding.rule()).isEqualTo("SCA-07");
			assertThat(finding.message()).contains("placed on 2026-07-03 is extended to 2026-12-30",
					"serve process to obtain the data");
		});
		assertThat(Preservation.until(renewal)).isEqualTo(LocalDate.of(2026, 12, 30));
	}

	@Test
	void a_renewal_on_day_90_still_extends_the_hold() {
		var renewal = aPreservationRequest().afterPreservation(prior(90, false)).build();
		assertThat(this.rule.check(renewal, CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.PRESERVATION_EXTENDED);
		assertThat(Preservation.until(renewal)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void a_renewal_on_day_91_comes_after_the_hold_lapsed_and_places_a_new_one() {
		// given
		var late = aPreservationRequest().afterPreservation(prior(91, false)).build();
		// when
		List<Finding> findings = this.rule.check(late, CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code)
			.containsExactly(ReasonCode.PRESERVATION_EXPIRED, ReasonCode.PRESERVATION_ACCEPTED);
		assertThat(findings.get(0).message()).contains("ended on 2026-08-31", "may be gone");
		assertThat(Preservation.until(late)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void a_hold_already_extended_once_is_not_extended_again() {
		var again = aPreservationRequest().afterPreservation(prior(120, true)).build();
		assertThat(this.rule.check(again, CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.PRESERVATION_ACCEPTED);
		assertThat(Preservation.until(again)).isEqualTo(LocalDate.of(2026, 11, 30));
	}

	@Test
	void an_eu_renewal_within_60_days_extends_the_hold_by_30_days() {
		var renewal = aEuropeanPreservationOrder().afterPreservation(prior(40, false)).build();
		assertThat(this.rule.check(renewal, CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.PRESERVATION_EXTENDED);
		assertThat(Preservation.until(renewal)).isEqualTo(LocalDate.of(2026, 10, 21));
	}

	@Test
	void a_disclosure_demand_places_no_hold() {
		var subpoena = aGrandJurySubpoena().build();
		assertThat(this.rule.check(subpoena, CONTOSO)).isEmpty();
		assertThat(Preservation.until(subpoena)).isNull();
	}

}
