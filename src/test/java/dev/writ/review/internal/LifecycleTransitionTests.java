package dev.writ.review.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Stream;

import dev.writ.identity.Role;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.CaseTransitioned;
import dev.writ.review.IllegalTransition;
import dev.writ.review.Lifecycle;
import dev.writ.review.Lifecycle.Condition;
import dev.writ.review.Lifecycle.Transition;
import dev.writ.review.Reviewer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The lifecycle, row by row: every transition of the table is taken, every other (state,
 * action) pair is refused with a message naming both.
 */
class LifecycleTransitionTests {

	static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");

	static Stream<Transition> allowed() {
		return Lifecycle.TABLE.stream();
	}

	static Stream<Arguments> forbidden() {
		return Arrays.stream(CaseState.values())
			.flatMap(state -> Arrays.stream(CaseAction.values()).map(action -> Arguments.of(state, action)))
			.filter(pair -> !Lifecycle.permits((CaseState) pair.get()[0], (CaseAction) pair.get()[1]));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("allowed")
	void every_transition_of_the_table_is_taken_and_published(Transition row) {
		// given
		ReviewCase reviewCase = ReviewCase.restore(row.from(), trackFor(row.action(), row.from()),
				row.condition() == Condition.FOUR_EYES, "first.analyst@contoso-cloud.example");
		// when
		CaseState now = reviewCase.apply(command(row.action()), TestDecisions.plain(), NOW);
		// then
		assertThat(now).isEqualTo(row.to());
		assertThat(reviewCase.state()).isEqualTo(row.to());
		assertThat(reviewCase.pendingEvents()).singleElement().isInstanceOfSatisfying(CaseTransitioned.class, event -> {
			assertThat(event.from()).isEqualTo(row.from());
			assertThat(event.to()).isEqualTo(row.to());
			assertThat(event.reason()).isEqualTo("because");
			assertThat(event.details()).containsEntry("action", row.action().name());
		});
	}

	@ParameterizedTest(name = "{0} {1}")
	@MethodSource("forbidden")
	void every_other_action_is_refused_naming_the_state_and_the_action(CaseState state, CaseAction action) {
		// given
		ReviewCase reviewCase = ReviewCase.restore(state, trackFor(action, state), true, "first.analyst");
		// when / then
		assertThatThrownBy(() -> reviewCase.apply(command(action), TestDecisions.plain(), NOW))
			.isInstanceOf(IllegalTransition.class)
			.hasMessageContaining(state.name())
			.hasMessageContaining(action.name());
		assertThat(reviewCase.state()).isEqualTo(state);
		assertThat(reviewCase.pendingEvents()).isEmpty();
	}

	@Test
	void a_preservation_action_is_refused_on_a_disclosure_case_and_the_other_way_round() {
		// given
		ReviewCase disclosure = ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, false, null);
		ReviewCase preservation = ReviewCase.restore(CaseState.TRIAGE, Track.PRESERVATION, false, null);
		// when / then
		assertThatThrownBy(() -> disclosure.apply(command(CaseAction.PLACE_HOLD), TestDecisions.plain(), NOW))
			.isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("on a disclosure case");
		assertThatThrownBy(() -> preservation.apply(command(CaseAction.APPROVE), TestDecisions.plain(), NOW))
			.isInstanceOf(IllegalTransition.class)
			.hasMessageContaining("on a preservation case");
	}

	@Test
	void the_actions_offered_are_the_staff_actions_the_table_allows_on_the_case_track() {
		// when / then
		assertThat(Lifecycle.allowedActions(CaseState.TRIAGE, Track.DISCLOSURE)).containsExactlyInAnyOrder(
				CaseAction.APPROVE, CaseAction.REJECT, CaseAction.REDIRECT_TO_CUSTOMER, CaseAction.CHALLENGE,
				CaseAction.ROUTE_TO_MLAT, CaseAction.REQUEST_INFORMATION);
		assertThat(Lifecycle.allowedActions(CaseState.TRIAGE, Track.PRESERVATION))
			.containsExactlyInAnyOrder(CaseAction.PLACE_HOLD, CaseAction.REJECT, CaseAction.REQUEST_INFORMATION);
		assertThat(Lifecycle.allowedActions(CaseState.HOLD_PLACED)).doesNotContain(CaseAction.EXPIRE_HOLD,
				CaseAction.WITHDRAW);
		Arrays.stream(CaseState.values())
			.filter(CaseState::finished)
			.forEach(state -> assertThat(Lifecycle.allowedActions(state)).as(state.name()).isEmpty());
	}

	@Test
	void a_blank_reason_is_refused() {
		// given
		ReviewCase reviewCase = ReviewCase.restore(CaseState.RECEIVED, Track.DISCLOSURE, false, null);
		CaseCommand blank = CaseCommand.of("WR-TEST", 0, CaseAction.START_TRIAGE, counsel(), " ");
		// when / then
		assertThatThrownBy(() -> reviewCase.apply(blank, TestDecisions.plain(), NOW)).hasMessageContaining("reason");
	}

	static CaseCommand command(CaseAction action) {
		Reviewer actor = switch (action.origin()) {
			case STAFF -> counsel();
			case REQUESTER -> new Reviewer("a.rivera@fbi.gov", Role.OFFICER);
			case SYSTEM -> Reviewer.SYSTEM;
		};
		return TestDecisions.command(action, actor, "because", null);
	}

	static Reviewer counsel() {
		return new Reviewer("chris.counsel@contoso-cloud.example", Role.COUNSEL);
	}

	static Track trackFor(CaseAction action, CaseState from) {
		return (action.track() == Track.PRESERVATION || from.name().startsWith("HOLD_")) ? Track.PRESERVATION
				: Track.DISCLOSURE;
	}

}
