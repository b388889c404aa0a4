package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.TargetFixture;
import dev.writ.shared.legal.IdentifierType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.TargetFixture.named;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-FORM overbreadth: queries, criteria, wildcards, address ranges and whole domains
 * name no specific account (docs/rules.md, reading 9).
 */
class SpecificTargetsTests {

	final SpecificTargets rule = new SpecificTargets();

	@Test
	void an_email_address_and_a_single_ip_address_name_one_account_each() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER,
				named("203.0.113.7", IdentifierType.IP));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_query_is_overly_broad() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(named("all users who searched for bomb", IdentifierType.QUERY));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.OVERLY_BROAD);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.message()).contains("is a search or selection criterion, not an account",
					"Name each account by its e-mail address");
		});
	}

	@Test
	void selection_criteria_are_overly_broad() {
		var subpoena = aGrandJurySubpoena().withTargets(named("devices near 47.6,-122.3", IdentifierType.CRITERIA));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code)
			.containsExactly(ReasonCode.OVERLY_BROAD);
	}

	@Test
	void identifiers_with_a_wildcard_are_overly_broad() {
		for (String wildcard : List.of("kmorrow*", "k%morrow")) {
			var subpoena = aGrandJurySubpoena().withTargets(named(wildcard, IdentifierType.USERNAME));
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(wildcard)
				.singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("contains a wildcard"));
		}
	}

	@Test
	void a_range_of_ip_addresses_is_overly_broad() {
		for (String range : List.of("203.0.113.0/24", "203.0.113.1-203.0.113.9")) {
			var subpoena = aGrandJurySubpoena().withTargets(named(range, IdentifierType.IP));
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(range)
				.singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("is a range of addresses"));
		}
	}

	@Test
	void an_email_identifier_that_is_only_a_domain_is_overly_broad() {
		for (String domain : List.of("@fabrikam.example", "fabrikam.example")) {
			var subpoena = aGrandJurySubpoena().withTargets(named(domain, IdentifierType.EMAIL));
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(domain)
				.singleElement()
				.satisfies(finding -> assertThat(finding.message()).contains("is a whole domain"));
		}
	}

	@Test
	void the_finding_names_the_overly_broad_target_among_several() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER,
				named("all Contoso Mail users in Seattle", IdentifierType.QUERY));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.target()).isEqualTo(1);
			assertThat(finding.message()).startsWith("Target 2:");
		});
	}

}
