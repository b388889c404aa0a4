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
import static org.assertj.core.api.Assertions.tuple;

/**
 * POL-FORM: an identifier malformed for its type is a material mistake (docs/rules.md,
 * reading 8); dragnet identifiers are left to the overbreadth check.
 */
class IdentifiersWellFormedTests {

	final IdentifiersWellFormed rule = new IdentifiersWellFormed();

	@Test
	void well_formed_identifiers_of_every_type_are_accepted() {
		var subpoena = aGrandJurySubpoena().withTargets(named("k.morrow@contosomail.example", IdentifierType.EMAIL),
				named("+1 (206) 555-0100", IdentifierType.PHONE), named("203.0.113.7", IdentifierType.IP),
				named("2001:db8::1", IdentifierType.IP), named("NightOwl42", IdentifierType.GAMERTAG),
				named("kmorrow", IdentifierType.USERNAME));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void an_email_without_an_at_sign_is_a_material_mistake() {
		// given
		var subpoena = aGrandJurySubpoena().withTargets(named("kmorrow", IdentifierType.EMAIL));
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.MATERIAL_MISTAKE);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.target()).isEqualTo(0);
			assertThat(finding.message()).contains("Target 1", "\"kmorrow\" is not a valid email",
					"Correct the identifier");
		});
	}

	@Test
	void an_email_without_a_domain_is_a_material_mistake() {
		for (String email : List.of("k.morrow@", "k.morrow@contosomail")) {
			var subpoena = aGrandJurySubpoena().withTargets(named(email, IdentifierType.EMAIL));
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(email)
				.extracting(Finding::code)
				.containsExactly(ReasonCode.MATERIAL_MISTAKE);
		}
	}

	@Test
	void a_phone_number_without_digits_is_a_material_mistake() {
		var subpoena = aGrandJurySubpoena().withTargets(named("call the front desk", IdentifierType.PHONE));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("is not a valid phone"));
	}

	@Test
	void an_ip_that_is_not_an_address_is_a_material_mistake() {
		var subpoena = aGrandJurySubpoena().withTargets(named("300.12.4.1", IdentifierType.IP));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement()
			.satisfies(finding -> assertThat(finding.message()).contains("\"300.12.4.1\" is not a valid ip"));
	}

	@Test
	void an_empty_gamertag_or_username_is_a_material_mistake() {
		var subpoena = aGrandJurySubpoena().withTargets(named("", IdentifierType.GAMERTAG),
				named("   ", IdentifierType.USERNAME));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).extracting(Finding::code, Finding::target)
			.containsExactly(tuple(ReasonCode.MATERIAL_MISTAKE, 0), tuple(ReasonCode.MATERIAL_MISTAKE, 1));
	}

	@Test
	void the_finding_names_the_malformed_target_among_several() {
		var subpoena = aGrandJurySubpoena().withTargets(TargetFixture.CONSUMER, named("kmorrow", IdentifierType.EMAIL));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.target()).isEqualTo(1);
			assertThat(finding.message()).startsWith("Target 2:");
		});
	}

	@Test
	void dragnet_identifiers_are_left_to_the_overbreadth_check() {
		var subpoena = aGrandJurySubpoena().withTargets(named("203.0.113.0/24", IdentifierType.IP),
				named("@fabrikam.example", IdentifierType.EMAIL), named("all users in Seattle", IdentifierType.QUERY));
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

}
