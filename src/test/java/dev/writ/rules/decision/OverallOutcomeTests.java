package dev.writ.rules.decision;

import java.util.List;

import dev.writ.rules.Assessment;
import dev.writ.rules.Assessment.TargetOutcome;
import dev.writ.rules.Outcome;
import dev.writ.rules.TargetFixture;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.TargetFixture.enterprise;
import static dev.writ.rules.TargetFixture.missing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision procedure step 11: targets that agree give their outcome; a release beside
 * redirected, challenged, routed or rejected targets is a narrowing, beside missing
 * accounts it stays the release; without a release the strongest outcome wins
 * (docs/rules.md (readings) 22).
 */
class OverallOutcomeTests {

	@Test
	void a_single_target_gives_its_own_outcome() {
		for (Outcome outcome : Outcome.values()) {
			assertThat(OverallOutcome.of(List.of(outcome))).isEqualTo(outcome);
		}
	}

	@Test
	void targets_that_agree_give_their_common_outcome() {
		assertThat(OverallOutcome.of(List.of(Outcome.NO_DATA_FOUND, Outcome.NO_DATA_FOUND)))
			.isEqualTo(Outcome.NO_DATA_FOUND);
		assertThat(OverallOutcome.of(List.of(Outcome.REDIRECT_TO_CUSTOMER, Outcome.REDIRECT_TO_CUSTOMER)))
			.isEqualTo(Outcome.REDIRECT_TO_CUSTOMER);
	}

	@Test
	void a_release_beside_missing_accounts_keeps_the_release_outcome() {
		assertThat(OverallOutcome.of(List.of(Outcome.DISCLOSE_CONTENT, Outcome.NO_DATA_FOUND)))
			.isEqualTo(Outcome.DISCLOSE_CONTENT);
		assertThat(OverallOutcome.of(List.of(Outcome.NO_DATA_FOUND, Outcome.DISCLOSE_NONCONTENT_ONLY)))
			.isEqualTo(Outcome.DISCLOSE_NONCONTENT_ONLY);
		assertThat(OverallOutcome.of(List.of(Outcome.NARROW_THEN_DISCLOSE, Outcome.NO_DATA_FOUND)))
			.isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
	}

	@Test
	void a_release_beside_a_target_held_back_is_a_narrowing() {
		for (Outcome heldBack : List.of(Outcome.REDIRECT_TO_CUSTOMER, Outcome.CHALLENGE_CONFLICT_OF_LAW,
				Outcome.ROUTE_TO_MLAT, Outcome.REJECT)) {
			assertThat(OverallOutcome.of(List.of(Outcome.DISCLOSE_CONTENT, heldBack))).as(heldBack.code())
				.isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
		}
	}

	@Test
	void without_a_release_a_redirect_wins_over_no_data_found() {
		assertThat(OverallOutcome.of(List.of(Outcome.NO_DATA_FOUND, Outcome.REDIRECT_TO_CUSTOMER)))
			.isEqualTo(Outcome.REDIRECT_TO_CUSTOMER);
	}

	@Test
	void without_a_release_the_strongest_outcome_wins() {
		assertThat(OverallOutcome.of(List.of(Outcome.REDIRECT_TO_CUSTOMER, Outcome.CHALLENGE_CONFLICT_OF_LAW)))
			.isEqualTo(Outcome.CHALLENGE_CONFLICT_OF_LAW);
		assertThat(OverallOutcome.of(List.of(Outcome.ROUTE_TO_MLAT, Outcome.REDIRECT_TO_CUSTOMER)))
			.isEqualTo(Outcome.REDIRECT_TO_CUSTOMER);
		assertThat(OverallOutcome.of(List.of(Outcome.PRESERVE_ONLY, Outcome.ROUTE_TO_MLAT)))
			.isEqualTo(Outcome.ROUTE_TO_MLAT);
		assertThat(OverallOutcome.of(List.of(Outcome.NO_DATA_FOUND, Outcome.PRESERVE_ONLY)))
			.isEqualTo(Outcome.PRESERVE_ONLY);
		assertThat(OverallOutcome.of(List.of(Outcome.REJECT, Outcome.NO_DATA_FOUND))).isEqualTo(Outcome.NO_DATA_FOUND);
	}

	@Test
	void the_assessment_of_a_subpoena_naming_a_consumer_and_an_enterprise_narrows() {
		// when
		Assessment assessment = aGrandJurySubpoena()
			.withTargets(TargetFixture.CONSUMER, enterprise("cfo@fabrikam.example", 51))
			.assess();
		// then
		assertThat(assessment.outcome()).isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
		assertThat(assessment.perTarget()).containsExactly(
				new TargetOutcome("k.morrow@contosomail.example", Outcome.DISCLOSE_NONCONTENT_ONLY),
				new TargetOutcome("cfo@fabrikam.example", Outcome.REDIRECT_TO_CUSTOMER));
	}

	@Test
	void the_assessment_of_a_subpoena_naming_a_missing_account_discloses_the_others() {
		// when
		Assessment assessment = aGrandJurySubpoena()
			.withTargets(TargetFixture.CONSUMER, missing("gone@contosomail.example"))
			.assess();
		// then
		assertThat(assessment.outcome()).isEqualTo(Outcome.DISCLOSE_NONCONTENT_ONLY);
		assertThat(assessment.perTarget()).extracting(TargetOutcome::outcome)
			.containsExactly(Outcome.DISCLOSE_NONCONTENT_ONLY, Outcome.NO_DATA_FOUND);
	}

}
