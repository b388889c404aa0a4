package dev.writ.rules.policies;

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
 * SCA-10: a secrecy order is in force while it has no end or ends after the evaluation
 * day; an order ending that day has expired (docs/rules.md (readings): NDO status uses
 * evaluated_on).
 */
class SecrecyOrderStatusTests {

	final SecrecyOrderStatus rule = new SecrecyOrderStatus();

	@Test
	void a_demand_without_a_secrecy_order_has_no_status() {
		assertThat(this.rule.check(aGrandJurySubpoena().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_secrecy_order_ending_tomorrow_is_in_force() {
		// given
		var subpoena = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(1));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NDO_ACTIVE);
			assertThat(finding.rule()).isEqualTo("SCA-10");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.citation()).contains("2705");
			assertThat(finding.message()).contains("in force until 2026-09-02", "told when it expires");
		});
	}

	@Test
	void a_secrecy_order_ending_on_the_evaluation_day_has_expired() {
		// given
		var subpoena = aGrandJurySubpoena().withSecrecyOrder(RECEIVED);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NDO_EXPIRED);
			assertThat(finding.rule()).isEqualTo("SCA-10");
			assertThat(finding.message()).contains("expired on 2026-09-01", "the customer may be told");
		});
	}

	@Test
	void a_secrecy_order_without_an_end_date_delays_notice_until_lifted() {
		// when
		List<Finding> findings = this.rule.check(aGrandJurySubpoena().withSecrecyOrder(null).build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NDO_NO_EXPIRY);
			assertThat(finding.rule()).isEqualTo("SCA-10");
			assertThat(finding.message()).contains("names no end date", "may challenge an open-ended order");
		});
	}

	@Test
	void the_status_is_judged_on_the_evaluation_day_not_on_receipt() {
		var laterReview = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(10))
			.evaluatedOn(RECEIVED.plusDays(20));
		var earlyReview = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(10))
			.receivedOn(RECEIVED.minusDays(5))
			.evaluatedOn(RECEIVED.plusDays(9));
		assertThat(this.rule.check(laterReview.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.NDO_EXPIRED);
		assertThat(this.rule.check(earlyReview.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.NDO_ACTIVE);
	}

}
