package dev.writ.rules.policies;

import java.time.LocalDate;
import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * UK-01: an overseas production order not served within three months is treated as
 * quashed (docs/rules.md, reading 7: received later than issue + 3 months).
 */
class OverseasOrderServiceWindowTests {

	final OverseasOrderServiceWindow rule = new OverseasOrderServiceWindow();

	static final LocalDate MADE = LocalDate.of(2026, 5, 15);

	@Test
	void an_order_served_exactly_three_months_after_it_was_made_is_in_time() {
		var order = aUkOverseasProductionOrder().issuedOn(MADE).receivedOn(LocalDate.of(2026, 8, 15));
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_order_served_three_months_and_one_day_after_it_was_made_has_expired() {
		// given
		var order = aUkOverseasProductionOrder().issuedOn(MADE).receivedOn(LocalDate.of(2026, 8, 16));
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.PROCESS_EXPIRED);
			assertThat(finding.rule()).isEqualTo("UK-01");
			assertThat(finding.citation()).contains("Crime (Overseas Production Orders) Act 2019, s. 9");
			assertThat(finding.message()).contains("made on 2026-05-15", "served on 2026-08-16",
					"more than three months", "Apply for a new order");
		});
	}

	@Test
	void three_months_from_the_end_of_a_month_ends_on_the_last_day_of_the_third_month() {
		var madeMay31 = aUkOverseasProductionOrder().issuedOn(LocalDate.of(2026, 5, 31));
		assertThat(this.rule.check(madeMay31.receivedOn(LocalDate.of(2026, 8, 31)).build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(madeMay31.receivedOn(LocalDate.of(2026, 9, 1)).build(), CONTOSO))
			.extracting(Finding::code)
			.containsExactly(ReasonCode.PROCESS_EXPIRED);
	}

	@Test
	void a_warrant_is_not_held_to_the_overseas_order_window() {
		var warrant = aSearchWarrant().issuedOn(MADE).receivedOn(MADE.plusMonths(4));
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

}
