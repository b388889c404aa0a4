package dev.writ.agency.internal.vetting;

import dev.writ.agency.DomainVerdict;
import dev.writ.agency.VettedDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LookalikeVerdictTests {

	final DomainVetter vetting = VettingFixture.vetter();

	@Test
	void fbl_gov_is_one_character_from_fbi_gov() {
		// when
		VettedDomain vetted = this.vetting.vet("a.rivera@fbl.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("fbi.gov");
		assertThat(vetted.agency()).isEqualTo(VettingFixture.FBI);
		assertThat(vetted.isOfficial()).isFalse();
		assertThat(vetted.message()).isEqualTo("Registration is not possible from fbl.gov: it imitates fbi.gov, the "
				+ "official domain of FBI Seattle Field Office (one character differs). If you work for FBI Seattle "
				+ "Field Office, register with your address at fbi.gov.");
	}

	@Test
	void two_characters_away_from_a_longer_name_is_a_look_alike() {
		// when
		VettedDomain vetted = this.vetting.vet("seattel.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("seattle.gov");
		assertThat(vetted.message()).contains("two characters differ");
	}

	@Test
	void the_same_name_under_another_top_level_domain_is_a_look_alike() {
		// when
		VettedDomain vetted = this.vetting.vet("fbi.com");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("fbi.gov");
	}

	@ParameterizedTest(name = "{0} imitates {1}")
	@CsvSource({ "fbi-gov.com, fbi.gov", "fbi.gov.evil.example, fbi.gov", "fbi.gov.secure-portal.com, fbi.gov",
			"secure-fbi-gov.net, fbi.gov", "wsp-wa.gov, wsp.wa.gov", "polizei-berlin.de, polizei.berlin.de",
			"nasa-gov.com, nasa.gov" })
	void an_official_name_embedded_in_another_domain_is_a_look_alike(String domain, String official) {
		// when
		VettedDomain vetted = this.vetting.vet(domain);
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo(official);
		assertThat(vetted.message()).contains("it carries " + official + " inside a different domain");
	}

	@Test
	void a_cyrillic_i_makes_a_look_alike_whether_written_in_unicode_or_punycode() {
		// given fbі.gov with CYRILLIC SMALL LETTER BYELORUSSIAN-UKRAINIAN I (U+0456)
		String cyrillic = "fb\u0456.gov";
		// when
		VettedDomain unicode = this.vetting.vet("agent@" + cyrillic);
		VettedDomain punycode = this.vetting.vet("agent@xn--fb-ioc.gov");
		// then
		assertThat(unicode.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(unicode.domain()).isEqualTo("xn--fb-ioc.gov");
		assertThat(unicode.officialDomain()).isEqualTo("fbi.gov");
		assertThat(unicode.message()).contains("xn--fb-ioc.gov (shown as " + cyrillic + ")",
				"written with characters that look like those of fbi.gov");
		assertThat(punycode).isEqualTo(unicode);
	}

	@Test
	void punycode_is_decoded_before_it_is_compared() {
		// given xn--fb-ypc.gov reads fbѧ.gov (CYRILLIC SMALL LETTER LITTLE YUS), one
		// character from fbi.gov
		// when
		VettedDomain vetted = this.vetting.vet("xn--fb-ypc.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("fbi.gov");
		assertThat(vetted.message()).contains("shown as fb\u0467.gov", "one character differs");
	}

	@ParameterizedTest(name = "{0} folds to {1}")
	@CsvSource({ "5eattle.gov, seattle.gov", "seatt1e.gov, seattle.gov", "n0aa-nasa.gov.example, nasa.gov",
			"arnerica.gov, america.gov", "vva.gov, wa.gov", "se\u0430ttle.gov, seattle.gov",
			"n\u03b1s\u03b1.gov, nasa.gov", "ｆｂｉ.gov.example, fbi.gov" })
	void digits_letter_pairs_and_foreign_letters_that_look_latin_make_look_alikes(String domain, String official) {
		// when
		VettedDomain vetted = this.vetting.vet(domain);
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo(official);
	}

	@Test
	void a_look_alike_of_a_candidate_names_its_owner_but_no_agency() {
		// when
		VettedDomain vetted = this.vetting.vet("chatanooga.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("chattanooga.gov");
		assertThat(vetted.organisation()).isEqualTo("City of Chattanooga");
		assertThat(vetted.agency()).isNull();
	}

	@Test
	void a_short_name_one_character_away_is_a_look_alike() {
		// when
		VettedDomain vetted = this.vetting.vet("cb.gov");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.LOOKALIKE);
		assertThat(vetted.officialDomain()).isEqualTo("ca.gov");
	}

}
