package dev.writ.agency.internal.vetting;

import java.util.List;

import dev.writ.shared.validation.InvalidInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DomainNameTests {

	@Test
	void the_domain_of_an_address_is_what_follows_the_last_at_sign() {
		// when
		DomainName name = DomainName.of("\"odd@local\"@Mail.FBI.gov.");
		// then
		assertThat(name.ascii()).isEqualTo("mail.fbi.gov");
		assertThat(name.unicode()).isEqualTo("mail.fbi.gov");
		assertThat(name.isInternationalised()).isFalse();
	}

	@Test
	void an_internationalised_name_is_kept_in_both_spellings() {
		// when
		DomainName fromUnicode = DomainName.of("polizei@müllheim.de");
		DomainName fromPunycode = DomainName.of("xn--mllheim-n2a.de");
		// then
		assertThat(fromUnicode).isEqualTo(new DomainName("xn--mllheim-n2a.de", "müllheim.de"));
		assertThat(fromPunycode).isEqualTo(fromUnicode);
		assertThat(fromUnicode.isInternationalised()).isTrue();
	}

	@Test
	void the_parents_of_a_name_are_listed_nearest_first_down_to_two_labels() {
		// when
		List<String> parents = DomainName.of("a.b.wa.gov").parents();
		// then
		assertThat(parents).containsExactly("b.wa.gov", "wa.gov");
		assertThat(DomainName.of("fbi.gov").parents()).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "officer@", "not an address", "localhost", "officer@fbi..gov", "-fbi.gov",
			"fbi_gov.com", "fbi.123" })
	void text_without_a_domain_name_is_refused_naming_the_address_field(String text) {
		// when / then
		assertThatExceptionOfType(InvalidInput.class).isThrownBy(() -> DomainName.of(text))
			.satisfies(ex -> assertThat(ex.field()).isEqualTo("address"))
			.satisfies(ex -> assertThat(ex.problem()).endsWith("is not an e-mail address or domain name"));
	}

}
