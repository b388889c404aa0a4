package dev.writ.agency.internal.vetting;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class HomoglyphsTests {

	@ParameterizedTest(name = "{0} reads as {1}")
	@CsvSource({ "fbi.gov, fbi.gov", "g00gle.com, google.com", "paypa1.com, paypal.com", "5eattle.gov, seattle.gov",
			"arnerica.gov, america.gov", "vvhitehouse.gov, whitehouse.gov",
			// Cyrillic а е о р с і, Greek ο ν, dotless ı
			"\u0430\u0435\u043e\u0440\u0441\u0456, aeopci", "\u03bf\u03bd, ov", "f\u0131b, fib",
			// full-width letters, accents, capitals
			"ｆｂｉ, fbi", "fb\u00ed.gov, fbi.gov", "FBI.GOV, fbi.gov" })
	void names_that_look_alike_fold_to_the_same_skeleton(String name, String skeleton) {
		// when
		String folded = Homoglyphs.fold(name);
		// then
		assertThat(folded).isEqualTo(skeleton);
	}

	@ParameterizedTest
	@CsvSource({ "fbi.gov, fbl.gov", "seattle.gov, seatlle.gov" })
	void different_letters_stay_different(String one, String other) {
		// when / then
		assertThat(Homoglyphs.fold(one)).isNotEqualTo(Homoglyphs.fold(other));
	}

}
