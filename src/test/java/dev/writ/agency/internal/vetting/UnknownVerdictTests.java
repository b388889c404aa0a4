package dev.writ.agency.internal.vetting;

import dev.writ.agency.DomainVerdict;
import dev.writ.agency.VettedDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class UnknownVerdictTests {

	final DomainVetter vetting = VettingFixture.vetter();

	@Test
	void a_domain_nobody_lists_is_unknown_and_the_message_says_how_to_apply() {
		// when
		VettedDomain vetted = this.vetting.vet("officer@example.org");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.UNKNOWN);
		assertThat(vetted.officialDomain()).isNull();
		assertThat(vetted.agency()).isNull();
		assertThat(vetted.message()).isEqualTo("example.org is not the domain of an agency we know. Registration is "
				+ "possible only from an official e-mail address of your agency once the provider has vetted your "
				+ "agency; if example.org is your agency's official domain, ask your agency's legal or IT contact "
				+ "to apply.");
	}

	@Test
	void a_name_under_a_verified_domain_is_not_verified_itself_nor_a_look_alike() {
		// when
		VettedDomain vetted = this.vetting.vet("agent@mail.fbi.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.UNKNOWN);
		assertThat(vetted.officialDomain()).isEqualTo("fbi.gov");
		assertThat(vetted.agency()).isEqualTo(VettingFixture.FBI);
		assertThat(vetted.message()).contains("mail.fbi.gov is not itself a verified domain",
				"register with your address at fbi.gov");
	}

	@Test
	void a_name_under_a_candidate_domain_names_the_candidate() {
		// when
		VettedDomain vetted = this.vetting.vet("detective@police.seattle.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.UNKNOWN);
		assertThat(vetted.officialDomain()).isEqualTo("seattle.gov");
		assertThat(vetted.organisation()).isEqualTo("City of Seattle");
	}

	@ParameterizedTest
	@ValueSource(strings = { "google.com", "microsoft.com", "contoso-cloud.example", "met.police.uk",
			"police.wa.gov.au", "rcmp-grc.gc.ca", "ca.com", "washington.edu" })
	void ordinary_and_foreign_government_domains_imitate_nothing(String domain) {
		// when
		VettedDomain vetted = this.vetting.vet(domain);
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.UNKNOWN);
	}

}
