package dev.writ.agency.internal.vetting;

import dev.writ.agency.DomainVerdict;
import dev.writ.agency.VettedDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class KnownAgencyVerdictTests {

	final DomainVetter vetting = VettingFixture.vetter();

	@Test
	void an_address_at_fbi_gov_belongs_to_the_registered_fbi_office() {
		// when
		VettedDomain vetted = this.vetting.vet("a.rivera@fbi.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.domain()).isEqualTo("fbi.gov");
		assertThat(vetted.agency()).isEqualTo(VettingFixture.FBI);
		assertThat(vetted.isOfficial()).isTrue();
		assertThat(vetted.message()).isEqualTo("fbi.gov is a verified domain of FBI Seattle Field Office.");
	}

	@Test
	void case_spaces_and_a_final_dot_do_not_matter() {
		// when
		VettedDomain vetted = this.vetting.vet("  A.Rivera@FBI.Gov.  ");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.domain()).isEqualTo("fbi.gov");
	}

	@Test
	void a_bare_domain_is_vetted_like_an_address() {
		// when
		VettedDomain vetted = this.vetting.vet("wsp.wa.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.agency()).isEqualTo(VettingFixture.STATE_PATROL);
	}

	@Test
	void a_verified_domain_outside_dot_gov_is_known_too() {
		// when
		VettedDomain vetted = this.vetting.vet("kommissariat@polizei.berlin.de");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.organisation()).isEqualTo("Landeskriminalamt Berlin");
	}

	@Test
	void a_verified_domain_wins_over_the_same_domain_in_the_candidate_list() {
		// given fbi.gov is both verified and a candidate
		// when
		VettedDomain vetted = this.vetting.vet("fbi.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
	}

	@Test
	void the_domain_of_a_suspended_agency_is_known_and_the_message_says_registration_must_wait() {
		// when
		VettedDomain vetted = this.vetting.vet("deputy@hcsheriff.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.KNOWN_AGENCY);
		assertThat(vetted.agency().verified()).isFalse();
		assertThat(vetted.message()).contains("suspended",
				"registration is not possible until the provider restores it");
	}

}
