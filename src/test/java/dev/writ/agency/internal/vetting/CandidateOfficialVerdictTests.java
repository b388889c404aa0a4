package dev.writ.agency.internal.vetting;

import dev.writ.agency.DomainVerdict;
import dev.writ.agency.VettedDomain;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CandidateOfficialVerdictTests {

	final DomainVetter vetting = VettingFixture.vetter();

	@Test
	void a_domain_of_the_dot_gov_list_without_a_registered_agency_is_a_candidate() {
		// when
		VettedDomain vetted = this.vetting.vet("detective@seattle.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.CANDIDATE_OFFICIAL);
		assertThat(vetted.domain()).isEqualTo("seattle.gov");
		assertThat(vetted.officialDomain()).isEqualTo("seattle.gov");
		assertThat(vetted.organisation()).isEqualTo("City of Seattle");
		assertThat(vetted.agency()).isNull();
		assertThat(vetted.isOfficial()).isTrue();
	}

	@Test
	void the_message_names_the_owner_and_says_the_agency_must_be_vetted_first() {
		// when
		VettedDomain vetted = this.vetting.vet("seattle.gov");
		// then
		assertThat(vetted.message()).isEqualTo("seattle.gov is an official .gov domain of City of Seattle "
				+ "(Seattle, WA), but no agency using it is registered yet. The provider must vet your agency "
				+ "before its officers can register; ask your agency's legal or IT contact to apply.");
	}

	@Test
	void the_owner_includes_the_suborganisation() {
		// when
		VettedDomain vetted = this.vetting.vet("nasa.gov");
		// then
		assertThat(vetted.organisation())
			.isEqualTo("National Aeronautics and Space Administration, NASA Office of the Chief Information Officer");
	}

	@Test
	void a_candidate_is_never_taken_for_a_look_alike_of_its_neighbours() {
		// given wa.gov is one character from ca.gov
		// when
		VettedDomain vetted = this.vetting.vet("wa.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.CANDIDATE_OFFICIAL);
	}

}
