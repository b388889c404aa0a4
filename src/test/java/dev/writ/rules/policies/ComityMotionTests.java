package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.IdentifierType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.ForeignDemandFixture.aUsCourtMlatWarrant;
import static dev.writ.rules.TargetFixture.abroad;
import static dev.writ.rules.TargetFixture.usCitizenAbroad;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-09, SCA-08, POL-CONFLICT: a US warrant for content of a non-US person living abroad
 * is challenged when it risks violating foreign law: a 2703(h) motion for the UK and
 * Australia, common-law comity otherwise; data location alone is never an objection
 * (docs/rules.md, reading 19).
 */
class ComityMotionTests {

	final ComityMotion rule = new ComityMotion();

	static final Target LONDONER = abroad("a.smith@contosomail.example", "GB", "GB");

	@Test
	void a_warrant_risking_uk_law_for_a_uk_resident_is_met_with_a_2703h_motion() {
		// given
		var warrant = aSearchWarrant().withTargets(LONDONER).withConflictLaw("GB", true);
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.CONFLICT_OF_LAWS_COMITY);
			assertThat(finding.rule()).isEqualTo("SCA-09");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.citation()).contains("2703(h)");
			assertThat(finding.message()).contains("not a US person", "data-protection law of GB",
					"move to modify or quash within 14 days");
		});
	}

	@Test
	void australia_is_a_qualifying_foreign_government() {
		var warrant = aSearchWarrant().withTargets(abroad("b.jones@contosomail.example", "AU", "AU"))
			.withConflictLaw("AU", true);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.CONFLICT_OF_LAWS_COMITY);
	}

	@Test
	void a_conflict_with_the_law_of_a_country_without_an_agreement_is_a_common_law_comity_objection() {
		// given
		var warrant = aSearchWarrant().withTargets(abroad("c.silva@contosomail.example", "BR", "BR"))
			.withConflictLaw("BR", true);
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.COMMON_LAW_COMITY);
			assertThat(finding.rule()).isEqualTo("POL-CONFLICT");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.message()).contains("BR has no executive agreement", "common-law comity objection");
		});
	}

	@Test
	void without_a_material_risk_the_warrant_is_complied_with() {
		var warrant = aSearchWarrant().withTargets(LONDONER).withConflictLaw("GB", false);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

	@Test
	void data_stored_abroad_is_no_objection_by_itself() {
		var warrant = aSearchWarrant().withTargets(abroad("c.silva@contosomail.example", "BR", "BR"));
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_us_person_abroad_or_a_foreigner_living_in_the_us_is_not_protected_by_comity() {
		var foreignerInUs = new Target("visitor@contosomail.example", IdentifierType.EMAIL, AccountType.CONSUMER, null,
				"GB", "US", true, false);
		var citizen = aSearchWarrant().withTargets(usCitizenAbroad("expat@contosomail.example", "GB"));
		var resident = aSearchWarrant().withTargets(foreignerInUs);
		assertThat(this.rule.check(citizen.withConflictLaw("GB", true).build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(resident.withConflictLaw("GB", true).build(), CONTOSO)).isEmpty();
	}

	@Test
	void only_a_warrant_for_content_can_be_challenged() {
		var subscriberOnly = aSearchWarrant().withTargets(LONDONER)
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO)
			.withConflictLaw("GB", true);
		var subpoena = aGrandJurySubpoena().withTargets(LONDONER).withConflictLaw("GB", true);
		assertThat(this.rule.check(subscriberOnly.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void the_motion_names_the_protected_target_among_several() {
		var warrant = aSearchWarrant().withTargets(TargetFixture.CONSUMER, LONDONER).withConflictLaw("GB", true);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).extracting(Finding::target).containsExactly(1);
	}

	@Test
	void a_warrant_a_us_court_issued_through_mlat_can_be_challenged_too() {
		var warrant = aUsCourtMlatWarrant().withTargets(LONDONER).withConflictLaw("GB", true);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.CONFLICT_OF_LAWS_COMITY);
	}

}
