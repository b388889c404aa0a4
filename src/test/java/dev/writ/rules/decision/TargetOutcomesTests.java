package dev.writ.rules.decision;

import java.util.List;
import java.util.Set;

import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFactsFixture;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aPreservationRequest;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.ForeignDemandFixture.aForeignCourtOrder;
import static dev.writ.rules.TargetFixture.abroad;
import static dev.writ.rules.TargetFixture.enterprise;
import static dev.writ.rules.TargetFixture.missing;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision procedure steps 1 to 10 per target: whole-demand defects reject every target,
 * routing routes every target, then each target's own facts (no account, enterprise,
 * conflict of laws), then what the process lets out (docs/rules.md, reading 13, 18, 21,
 * 22).
 */
class TargetOutcomesTests {

	static final Citation RULE = new Citation("TEST-01", "test citation");

	static List<Outcome> outcomes(DemandFactsFixture demand, Finding... findings) {
		DemandFacts facts = demand.build();
		List<Finding> all = List.of(findings);
		return TargetOutcomes.of(facts, all, Release.of(facts, all));
	}

	@Test
	void a_defect_of_the_whole_demand_rejects_every_target() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER, missing("gone@contosomail.example"));
		assertThat(outcomes(subpoena, RULE.blocking(ReasonCode.WRONG_COMPANY, "wrong company")))
			.containsExactly(Outcome.REJECT, Outcome.REJECT);
	}

	@Test
	void a_defective_demand_for_a_missing_account_is_still_rejected() {
		var subpoena = aGrandJurySubpoena().withTargets(missing("gone@contosomail.example"));
		assertThat(outcomes(subpoena, RULE.blocking(ReasonCode.ACCOUNT_NOT_FOUND, 0, "no account"),
				RULE.blocking(ReasonCode.UNSIGNED_OR_UNAUTHORIZED, "unsigned")))
			.containsExactly(Outcome.REJECT);
	}

	@Test
	void a_material_mistake_in_one_target_rejects_the_whole_demand() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER, TargetFixture.LONDON_RESIDENT);
		assertThat(outcomes(subpoena, RULE.blocking(ReasonCode.MATERIAL_MISTAKE, 1, "malformed")))
			.containsExactly(Outcome.REJECT, Outcome.REJECT);
	}

	@Test
	void an_agreement_restriction_on_one_target_routes_the_whole_order() {
		var order = aUkOverseasProductionOrder().withTargets(TargetFixture.LONDON_RESIDENT, TargetFixture.CONSUMER);
		assertThat(outcomes(order, RULE.blocking(ReasonCode.AGREEMENT_TARGETING_RESTRICTION, 1, "US person")))
			.containsExactly(Outcome.ROUTE_TO_MLAT, Outcome.ROUTE_TO_MLAT);
	}

	@Test
	void a_foreign_demand_for_content_only_is_routed_as_a_whole() {
		var order = aForeignCourtOrder("BR").requesting(DataCategory.EMAIL_CONTENT);
		Finding mlat = RULE.withholding(ReasonCode.FOREIGN_CONTENT_REQUIRES_MLAT, Set.of(DataCategory.EMAIL_CONTENT),
				List.of(DataCategory.EMAIL_CONTENT), "use MLAT");
		assertThat(outcomes(order, mlat)).containsExactly(Outcome.ROUTE_TO_MLAT);
	}

	@Test
	void each_target_gets_the_outcome_of_its_own_facts() {
		// given
		var warrant = aSearchWarrant().withTargets(TargetFixture.CONSUMER, missing("gone@contosomail.example"),
				enterprise("cfo@fabrikam.example", 51), abroad("a.smith@contosomail.example", "GB", "GB"));
		// when
		List<Outcome> outcomes = outcomes(warrant, RULE.blocking(ReasonCode.ACCOUNT_NOT_FOUND, 1, "no account"),
				RULE.blocking(ReasonCode.ENTERPRISE_REDIRECT, 2, "redirect"),
				RULE.blocking(ReasonCode.CONFLICT_OF_LAWS_COMITY, 3, "motion"));
		// then
		assertThat(outcomes).containsExactly(Outcome.DISCLOSE_CONTENT, Outcome.NO_DATA_FOUND,
				Outcome.REDIRECT_TO_CUSTOMER, Outcome.CHALLENGE_CONFLICT_OF_LAW);
	}

	@Test
	void a_redirect_comes_before_a_conflict_of_laws_for_the_same_target() {
		var warrant = aSearchWarrant().withTargets(enterprise("cfo@fabrikam.example", 51));
		assertThat(outcomes(warrant, RULE.blocking(ReasonCode.COMMON_LAW_COMITY, 0, "comity"),
				RULE.blocking(ReasonCode.ENTERPRISE_REDIRECT, 0, "redirect")))
			.containsExactly(Outcome.REDIRECT_TO_CUSTOMER);
	}

	@Test
	void a_preservation_request_preserves_existing_accounts_and_finds_no_data_for_missing_ones() {
		var request = aPreservationRequest().withTargets(TargetFixture.CONSUMER, missing("gone@contosomail.example"));
		assertThat(outcomes(request, RULE.blocking(ReasonCode.ACCOUNT_NOT_FOUND, 1, "no account")))
			.containsExactly(Outcome.PRESERVE_ONLY, Outcome.NO_DATA_FOUND);
	}

	@Test
	void nothing_left_to_release_rejects_the_target() {
		var subpoena = aGrandJurySubpoena().requesting(DataCategory.EMAIL_CONTENT);
		Finding beyond = RULE.withholding(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS,
				Set.of(DataCategory.EMAIL_CONTENT), List.of(DataCategory.EMAIL_CONTENT), "needs a warrant");
		assertThat(outcomes(subpoena, beyond)).containsExactly(Outcome.REJECT);
	}

	@Test
	void a_narrowed_release_narrows_each_released_target() {
		var subpoena = aGrandJurySubpoena().requesting(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.TRANSACTIONAL_RECORDS);
		Finding beyond = RULE.withholding(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS,
				Set.of(DataCategory.TRANSACTIONAL_RECORDS), subpoena.build().dataRequested(), "needs a (d) order");
		assertThat(outcomes(subpoena, beyond)).containsExactly(Outcome.NARROW_THEN_DISCLOSE);
	}

	@Test
	void a_warrant_with_nothing_withheld_discloses_content() {
		assertThat(outcomes(aSearchWarrant())).containsExactly(Outcome.DISCLOSE_CONTENT);
	}

}
