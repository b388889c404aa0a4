package dev.writ.rules.decision;

import java.util.ArrayList;
import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.ContextFixture;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.UserNotice;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-NOTICE, EEV-08, CSE-02: first match wins: nothing released, EU order, danger,
 * hacked account, secrecy order in force, otherwise notify now (docs/rules.md, reading
 * 23).
 */
class NoticePolicyTests {

	final List<Finding> findings = new ArrayList<>();

	UserNotice decide(DemandFacts facts, Outcome outcome) {
		return NoticePolicy.decide(facts, outcome, this.findings);
	}

	@Test
	void nothing_released_means_nothing_to_tell() {
		var childCase = aGrandJurySubpoena().withContext(ContextFixture.childExploitation()).build();
		for (Outcome outcome : List.of(Outcome.REJECT, Outcome.REDIRECT_TO_CUSTOMER, Outcome.ROUTE_TO_MLAT,
				Outcome.CHALLENGE_CONFLICT_OF_LAW, Outcome.NO_DATA_FOUND, Outcome.PRESERVE_ONLY)) {
			assertThat(decide(childCase, outcome)).as(outcome.code()).isEqualTo(UserNotice.NONE);
		}
		assertThat(this.findings).isEmpty();
	}

	@Test
	void a_release_is_notified_now() {
		for (Outcome outcome : List.of(Outcome.DISCLOSE_CONTENT, Outcome.DISCLOSE_NONCONTENT_ONLY,
				Outcome.NARROW_THEN_DISCLOSE)) {
			assertThat(decide(aGrandJurySubpoena().build(), outcome)).as(outcome.code())
				.isEqualTo(UserNotice.NOTIFY_NOW);
		}
	}

	@Test
	void an_eu_order_leaves_notice_to_the_issuing_authority() {
		var order = aEuropeanProductionOrder().withContext(ContextFixture.childExploitation());
		assertThat(decide(order.build(), Outcome.DISCLOSE_CONTENT)).isEqualTo(UserNotice.NONE);
		assertThat(this.findings).isEmpty();
	}

	@Test
	void notice_that_could_endanger_a_child_is_withheld() {
		// given
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.childExploitation());
		// when
		UserNotice notice = decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY);
		// then
		assertThat(notice).isEqualTo(UserNotice.WITHHOLD_DANGER);
		assertThat(this.findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NOTICE_WITHHELD_CHILD_SAFETY);
			assertThat(finding.rule()).isEqualTo("CSE-02");
			assertThat(finding.message()).contains("could endanger a child");
		});
	}

	@Test
	void notice_is_withheld_while_a_life_is_in_danger() {
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.dangerToLife());
		assertThat(decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isEqualTo(UserNotice.WITHHOLD_DANGER);
	}

	@Test
	void notice_that_would_alert_the_intruder_of_a_hacked_account_is_withheld() {
		// given
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.hackedAccountSuspected());
		// when
		UserNotice notice = decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY);
		// then
		assertThat(notice).isEqualTo(UserNotice.WITHHOLD_COUNTERPRODUCTIVE);
		assertThat(this.findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.NOTICE_WITHHELD_HACKED_ACCOUNT);
			assertThat(finding.rule()).isEqualTo("POL-NOTICE");
			assertThat(finding.message()).contains("controlled by an intruder");
		});
	}

	@Test
	void danger_to_a_child_comes_before_a_hacked_account() {
		var subpoena = aGrandJurySubpoena().withContext(ContextFixture.childExploitationOnAHackedAccount());
		assertThat(decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isEqualTo(UserNotice.WITHHOLD_DANGER);
		assertThat(this.findings).extracting(Finding::code).containsExactly(ReasonCode.NOTICE_WITHHELD_CHILD_SAFETY);
	}

	@Test
	void danger_and_a_hacked_account_come_before_a_secrecy_order() {
		var danger = aGrandJurySubpoena().withContext(ContextFixture.dangerToLife()).withSecrecyOrder(null);
		var hacked = aGrandJurySubpoena().withContext(ContextFixture.hackedAccountSuspected()).withSecrecyOrder(null);
		assertThat(decide(danger.build(), Outcome.DISCLOSE_CONTENT)).isEqualTo(UserNotice.WITHHOLD_DANGER);
		assertThat(decide(hacked.build(), Outcome.DISCLOSE_CONTENT)).isEqualTo(UserNotice.WITHHOLD_COUNTERPRODUCTIVE);
	}

	@Test
	void a_secrecy_order_in_force_delays_notice_until_it_expires() {
		var dated = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(1));
		var openEnded = aGrandJurySubpoena().withSecrecyOrder(null);
		assertThat(decide(dated.build(), Outcome.DISCLOSE_CONTENT)).isEqualTo(UserNotice.DELAY_UNTIL_NDO_EXPIRY);
		assertThat(decide(openEnded.build(), Outcome.DISCLOSE_CONTENT)).isEqualTo(UserNotice.DELAY_UNTIL_NDO_EXPIRY);
	}

	@Test
	void the_user_is_notified_once_the_secrecy_order_expires_on_the_evaluation_day() {
		var subpoena = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(10)).evaluatedOn(RECEIVED.plusDays(10));
		assertThat(decide(subpoena.build(), Outcome.DISCLOSE_NONCONTENT_ONLY)).isEqualTo(UserNotice.NOTIFY_NOW);
	}

	@Test
	void the_assessment_of_a_valid_emergency_request_withholds_notice() {
		Assessment assessment = anEmergencyRequest().assess();
		assertThat(assessment.outcome()).isEqualTo(Outcome.DISCLOSE_NONCONTENT_ONLY);
		assertThat(assessment.userNotice()).isEqualTo(UserNotice.WITHHOLD_DANGER);
	}

	@Test
	void the_assessment_under_a_secrecy_order_delays_notice_and_says_why() {
		Assessment assessment = aGrandJurySubpoena().withSecrecyOrder(RECEIVED.plusDays(90)).assess();
		assertThat(assessment.userNotice()).isEqualTo(UserNotice.DELAY_UNTIL_NDO_EXPIRY);
		assertThat(assessment.reasons()).contains(ReasonCode.NDO_ACTIVE);
	}

}
