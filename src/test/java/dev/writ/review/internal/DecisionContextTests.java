package dev.writ.review.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.identity.Role;
import dev.writ.intake.AssessmentSummary;
import dev.writ.intake.AssessmentSummary.TargetLine;
import dev.writ.intake.DemandDetail;
import dev.writ.review.ApprovalScope;
import dev.writ.review.DecisionRefused;
import dev.writ.review.Reviewer;
import dev.writ.review.ScopeRule;
import dev.writ.review.ScopeRule.Bounds;
import dev.writ.secrecy.NoticeEmbargo;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.review.internal.TestDemands.FREIGHT;
import static dev.writ.review.internal.TestDemands.JUNE_TO_DECEMBER;
import static dev.writ.review.internal.TestDemands.MORROW;
import static dev.writ.review.internal.TestDemands.assessment;
import static dev.writ.review.internal.TestDemands.finding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What bounds an approval comes from the demand (what it asked) and from the engine's
 * stored assessment (its {@code per_target} outcomes, {@code data_to_release} and
 * {@code release_period}).
 */
class DecisionContextTests {

	static final Reviewer DANA = new Reviewer("dana.analyst@contoso-cloud.example", Role.ANALYST);

	static final List<DataCategory> ASKED_DATA = List.of(DataCategory.BASIC_SUBSCRIBER_INFO,
			DataCategory.IP_CONNECTION_HISTORY, DataCategory.EMAIL_CONTENT);

	static final AssessmentSummary.Period JUNE_TO_OCTOBER = new AssessmentSummary.Period(LocalDate.of(2025, 6, 1),
			LocalDate.of(2025, 10, 31));

	@Test
	void the_demand_asks_for_its_targets_data_and_period() {
		// given
		DemandDetail demand = demand(assessment("reject", List.of(), null, List.of(), List.of()));
		// when
		ApprovalScope asked = DecisionContext.bounds(demand).asked();
		// then
		assertThat(asked).isEqualTo(new ApprovalScope(List.of(MORROW, FREIGHT), ASKED_DATA, JUNE_TO_DECEMBER.from(),
				JUNE_TO_DECEMBER.to()));
	}

	@Test
	void an_engine_that_discloses_allows_its_data_and_its_period_for_every_target() {
		// given
		DemandDetail demand = demand(assessment("narrow_then_disclose",
				List.of("basic_subscriber_info", "ip_connection_history"), JUNE_TO_OCTOBER, List.of(), List.of()));
		// when
		ApprovalScope engine = DecisionContext.bounds(demand).engine();
		// then
		assertThat(engine).isEqualTo(new ApprovalScope(List.of(MORROW, FREIGHT),
				List.of(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.IP_CONNECTION_HISTORY), JUNE_TO_OCTOBER.from(),
				JUNE_TO_OCTOBER.to()));
	}

	@Test
	void only_the_targets_whose_own_outcome_releases_data_are_allowed() {
		// given
		DemandDetail demand = demand(assessment("disclose_noncontent_only", List.of("basic_subscriber_info"), null,
				List.of(new TargetLine(MORROW, "disclose_noncontent_only"), new TargetLine(FREIGHT, "no_data_found")),
				List.of()));
		// when
		ApprovalScope engine = DecisionContext.bounds(demand).engine();
		// then
		assertThat(engine.accounts()).containsExactly(MORROW);
	}

	@Test
	void without_a_release_period_the_engine_allows_the_period_asked() {
		// given
		DemandDetail demand = demand(
				assessment("disclose_content", List.of("email_content"), null, List.of(), List.of()));
		// when
		ApprovalScope engine = DecisionContext.bounds(demand).engine();
		// then
		assertThat(engine.from()).isEqualTo(JUNE_TO_DECEMBER.from());
		assertThat(engine.to()).isEqualTo(JUNE_TO_DECEMBER.to());
	}

	@Test
	void a_demand_that_names_no_period_is_bounded_by_none() {
		// given
		DemandDetail demand = TestDemands.demand(List.of(MORROW), List.of(DataCategory.BASIC_SUBSCRIBER_INFO), null,
				assessment("disclose_noncontent_only", List.of("basic_subscriber_info"), null, List.of(), List.of()));
		// when
		Bounds bounds = DecisionContext.bounds(demand);
		// then
		assertThat(bounds.asked().hasPeriod()).isFalse();
		assertThat(bounds.engine().hasPeriod()).isFalse();
	}

	@Test
	void an_engine_outcome_that_releases_nothing_allows_nothing() {
		for (String outcome : List.of("reject", "redirect_to_customer", "challenge_conflict_of_law", "preserve_only",
				"route_to_mlat", "no_data_found", "no_such_outcome")) {
			// given
			DemandDetail demand = demand(assessment(outcome, List.of("basic_subscriber_info"), JUNE_TO_OCTOBER,
					List.of(new TargetLine(MORROW, "disclose_noncontent_only")), List.of()));
			// when / then
			assertThat(DecisionContext.bounds(demand).engine()).as(outcome).isEqualTo(ApprovalScope.nothing());
		}
	}

	@Test
	void data_codes_the_vocabulary_does_not_know_are_not_allowed() {
		// given
		DemandDetail demand = demand(assessment("disclose_noncontent_only",
				List.of("basic_subscriber_info", "mind_reading"), null, List.of(), List.of()));
		// when / then
		assertThat(DecisionContext.bounds(demand).engine().categories())
			.containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO);
	}

	@Test
	void the_context_knows_of_a_blocking_finding_the_embargo_and_the_days() {
		// given
		DemandDetail blocked = demand(assessment("reject", List.of(), null, List.of(),
				List.of(finding("UNSIGNED_OR_UNAUTHORIZED", "blocking", "Fed. R. Crim. P. 17(a)", null))));
		DemandDetail plain = demand(assessment("disclose_noncontent_only", List.of("basic_subscriber_info"), null,
				List.of(), List.of(finding("NDO_ACTIVE", "info", "18 U.S.C. 2705(b)", null))));
		NoticeEmbargo embargo = new NoticeEmbargo.Indefinite();
		// when
		DecisionContext context = DecisionContext.of(blocked, embargo, TestDecisions.RECEIVED_ON, TestDecisions.TODAY);
		// then
		assertThat(context.blockingFinding()).isTrue();
		assertThat(context.embargo()).isEqualTo(embargo);
		assertThat(context.receivedOn()).isEqualTo(TestDecisions.RECEIVED_ON);
		assertThat(context.today()).isEqualTo(TestDecisions.TODAY);
		assertThat(DecisionContext.of(plain, embargo, TestDecisions.RECEIVED_ON, TestDecisions.TODAY).blockingFinding())
			.isFalse();
	}

	@Test
	void an_analyst_may_approve_what_the_stored_assessment_releases_and_no_more() {
		// given
		Bounds bounds = DecisionContext
			.bounds(demand(assessment("narrow_then_disclose", List.of("basic_subscriber_info"), JUNE_TO_OCTOBER,
					List.of(new TargetLine(MORROW, "narrow_then_disclose"), new TargetLine(FREIGHT, "reject")),
					List.of())));
		ApprovalScope withFreight = new ApprovalScope(List.of(MORROW, FREIGHT), bounds.engine().categories(),
				bounds.engine().from(), bounds.engine().to());
		// when / then
		assertThat(ScopeRule.check(bounds.engine(), bounds, DANA, null)).isTrue();
		assertThatThrownBy(() -> ScopeRule.check(withFreight, bounds, DANA, null)).isInstanceOf(DecisionRefused.class)
			.hasMessageContaining("account " + FREIGHT);
	}

	static DemandDetail demand(AssessmentSummary assessment) {
		return TestDemands.demand(List.of(MORROW, FREIGHT), ASKED_DATA, JUNE_TO_DECEMBER, assessment);
	}

}
