package dev.writ.review.internal;

import java.time.Instant;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.AssessmentSummary.FindingLine;
import dev.writ.review.CaseAction;
import dev.writ.review.CaseAction.Track;
import dev.writ.review.CaseCommand;
import dev.writ.review.CaseState;
import dev.writ.review.CaseTransitioned;
import dev.writ.review.CounselOverride;
import dev.writ.review.DecisionRefused;
import dev.writ.review.Reviewer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The counsel override: a decision against a blocking finding of the engine is counsel's,
 * with a justification.
 */
class CounselOverrideTests {

	static final Instant NOW = Instant.parse("2026-03-02T17:00:00Z");

	static final Reviewer ANALYST = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final Reviewer COUNSEL = new Reviewer("chris.counsel@contoso-cloud.example", Role.COUNSEL);

	@Test
	void the_blocking_findings_are_those_of_blocking_severity() {
		// given
		AssessmentSummary assessment = new AssessmentSummary("reject", List.of(), List.of(), null, "none", false, null,
				List.of(), List.of(finding("blocking"), finding("narrowing"), finding("info")));
		// when / then
		assertThat(CounselOverride.blocking(assessment)).extracting(FindingLine::severity).containsExactly("blocking");
	}

	@Test
	void an_analyst_cannot_approve_against_a_blocking_finding() {
		// given
		ReviewCase reviewCase = triage();
		// when / then
		assertThatThrownBy(() -> reviewCase.apply(approve(ANALYST, "the court says so"), TestDecisions.blocking(), NOW))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("only counsel");
		assertThat(reviewCase.state()).isEqualTo(CaseState.TRIAGE);
	}

	@Test
	void counsel_needs_a_justification_to_override() {
		// given
		ReviewCase reviewCase = triage();
		// when / then
		assertThatThrownBy(() -> reviewCase.apply(approve(COUNSEL, "  "), TestDecisions.blocking(), NOW))
			.isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("justification");
	}

	@Test
	void counsel_overrides_with_a_justification_and_it_is_recorded() {
		// given
		ReviewCase reviewCase = triage();
		// when
		CaseState state = reviewCase.apply(approve(COUNSEL, "signature verified by the clerk"),
				TestDecisions.blocking(), NOW);
		// then
		assertThat(state).isEqualTo(CaseState.APPROVED);
		assertThat(reviewCase.pendingEvents()).singleElement()
			.isInstanceOfSatisfying(CaseTransitioned.class,
					event -> assertThat(event.details())
						.containsEntry("justification", "signature verified by the clerk")
						.containsEntry("role", "COUNSEL"));
	}

	@Test
	void a_decision_that_agrees_with_the_blocking_finding_needs_no_counsel() {
		// given
		ReviewCase reviewCase = triage();
		// when
		CaseState state = reviewCase.apply(TestDecisions.command(CaseAction.REJECT, ANALYST, "unsigned", null),
				TestDecisions.blocking(), NOW);
		// then
		assertThat(state).isEqualTo(CaseState.REJECTED);
	}

	@Test
	void without_a_blocking_finding_an_analyst_approves() {
		// given
		ReviewCase reviewCase = triage();
		// when / then
		assertThat(reviewCase.apply(approve(ANALYST, null), TestDecisions.plain(), NOW)).isEqualTo(CaseState.APPROVED);
	}

	static ReviewCase triage() {
		return ReviewCase.restore(CaseState.TRIAGE, Track.DISCLOSURE, false, null);
	}

	static CaseCommand approve(Reviewer actor, String justification) {
		return TestDecisions.command(CaseAction.APPROVE, actor, "engine outcome reviewed", justification);
	}

	static FindingLine finding(String severity) {
		return new FindingLine("X", "RULE", severity, "18 U.S.C. 2703", "message", null);
	}

}
