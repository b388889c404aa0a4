package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Target;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.ForeignDemandFixture.aUsCourtMlatWarrant;
import static dev.writ.rules.TargetFixture.abroad;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * GDPR-48: a non-EU order for the EU-stored content of an EU resident, not based on an
 * international agreement, conflicts with Art. 48; the target is challenged on comity
 * grounds (docs/rules.md, reading 20).
 */
class GdprThirdCountryOrderTests {

	final GdprThirdCountryOrder rule = new GdprThirdCountryOrder();

	static final Target DUBLINER = abroad("aoife@contosomail.example", "IE", "IE");

	@Test
	void a_us_warrant_for_the_eu_stored_content_of_an_eu_resident_conflicts_with_article_48() {
		// given
		var warrant = aSearchWarrant().withTargets(DUBLINER);
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code, Finding::rule, Finding::target)
			.containsExactly(tuple(ReasonCode.GDPR_ART48_CONFLICT, "GDPR-48", 0),
					tuple(ReasonCode.COMMON_LAW_COMITY, "GDPR-48", 0));
		assertThat(findings.get(0).message()).contains("stored in IE", "resident of IE",
				"Consider a request through the US-EU MLAT");
		assertThat(findings.get(1).message()).contains("comity objection");
	}

	@Test
	void with_a_declared_conflict_the_comity_objection_is_left_to_the_comity_rule() {
		var warrant = aSearchWarrant().withTargets(DUBLINER).withConflictLaw("IE", true);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.GDPR_ART48_CONFLICT);
	}

	@Test
	void eu_stored_content_of_a_resident_outside_the_eu_raises_no_conflict() {
		var american = aSearchWarrant().withTargets(abroad("us@contosomail.example", "IE", "US"));
		var brazilian = aSearchWarrant().withTargets(abroad("br@contosomail.example", "IE", "BR"));
		assertThat(this.rule.check(american.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(brazilian.build(), CONTOSO)).isEmpty();
	}

	@Test
	void content_of_an_eu_resident_stored_outside_the_eu_raises_no_conflict() {
		var warrant = aSearchWarrant().withTargets(abroad("pierre@contosomail.example", "US", "FR"));
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_warrant_for_non_content_raises_no_conflict() {
		var warrant = aSearchWarrant().withTargets(DUBLINER).requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).isEmpty();
	}

	@Test
	void the_conflict_names_the_eu_target_among_several() {
		var warrant = aSearchWarrant().withTargets(TargetFixture.CONSUMER, DUBLINER);
		assertThat(this.rule.check(warrant.build(), CONTOSO)).extracting(Finding::target).containsExactly(1, 1);
	}

	@Test
	void an_order_based_on_mutual_legal_assistance_raises_no_article_48_conflict() {
		// given
		var warrant = aUsCourtMlatWarrant().withTargets(DUBLINER);
		// when
		List<Finding> findings = this.rule.check(warrant.build(), CONTOSO);
		// then
		assertThat(findings).isEmpty();
	}

	@Test
	void a_us_subpoena_raises_no_article_48_conflict_because_it_never_reaches_the_content() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(DUBLINER)
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.EMAIL_CONTENT);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then: the content is withheld by the process itself (SCA-02), so nothing
		// conflicts
		assertThat(findings).isEmpty();
	}

}
