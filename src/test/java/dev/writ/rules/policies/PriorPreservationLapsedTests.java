package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.PriorPreservation;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-07: a disclosure demand arriving after its preservation hold lapsed (90 days, 180
 * if extended) is told the data may be gone (docs/rules.md, reading 21).
 */
class PriorPreservationLapsedTests {

	final PriorPreservationLapsed rule = new PriorPreservationLapsed();

	static PriorPreservation prior(int daysBeforeReceipt, boolean extended) {
		return new PriorPreservation(RECEIVED.minusDays(daysBeforeReceipt), extended, "PR-2026-0042");
	}

	@Test
	void a_warrant_arriving_on_the_last_day_of_the_hold_finds_it_in_force() {
		var warrant = aSearchWarrant().afterPreservation(prior(90, false));
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_warrant_arriving_the_day_after_the_hold_ended_is_told_it_lapsed() {
		// given
		var warrant = aSearchWarrant().afterPreservation(prior(91, false));
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PRESERVATION_EXPIRED);
			assertThat(finding.rule()).isEqualTo("SCA-07");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.message()).contains("hold of 2026-06-02 ended on 2026-08-31", "may no longer exist");
		});
	}

	@Test
	void an_extended_hold_runs_for_180_days() {
		var lastDay = aSearchWarrant().afterPreservation(prior(180, true));
		var dayAfter = aSearchWarrant().afterPreservation(prior(181, true));
		assertThat(this.rule.check(lastDay.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(dayAfter.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.PRESERVATION_EXPIRED);
	}

	@Test
	void a_demand_without_an_earlier_hold_is_not_told_anything() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_late_preservation_request_is_left_to_the_preservation_rule() {
		var request = aPreservationRequest().afterPreservation(prior(200, false));
		assertThat(this.rule.check(request.build(), CONTOSO)).isEmpty();
	}

}
