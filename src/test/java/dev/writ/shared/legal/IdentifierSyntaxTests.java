package dev.writ.shared.legal;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Identifiers are refused when they are not written the way their type needs.
 */
class IdentifierSyntaxTests {

	@ParameterizedTest(name = "{0} {1} is well-formed: {2}")
	@CsvSource(delimiter = '|', textBlock = """
			email    | k.morrow@contosomail.example    | true
			email    | k.morrow.contosomail.example    | false
			email    | k@morrow@contosomail.example    | false
			email    | k morrow@contosomail.example    | false
			email    | k.morrow@localhost              | false
			phone    | +1 206 555 0147                 | true
			phone    | (206) 555-0147                  | true
			phone    | +1 206 CALL-NOW                 | false
			phone    | 12                              | false
			ip       | 198.51.100.23                   | true
			ip       | 203.0.113.0/24                  | true
			ip       | 2001:db8::1                     | true
			ip       | ::ffff:198.51.100.23            | true
			ip       | 2001:db8::/32                   | true
			ip       | ::                              | true
			ip       | 198.51.100.256                  | false
			ip       | 198.51.100                      | false
			ip       | 198.51.100.023                  | false
			ip       | 203.0.113.0/33                  | false
			ip       | 2001:db8:::1                    | false
			ip       | 1:2:3:4:5:6:7:8:9               | false
			ip       | 203.0.113.*                     | false
			ip       | example.com                     | false
			gamertag | NightOwlRaider77                | true
			username | '  '                            | false
			query    | all users who logged in from Spokane | true
			""")
	void identifiers_are_checked_against_their_type(String type, String identifier, boolean wellFormed) {
		// given
		IdentifierType identifierType = Coded.parse(IdentifierType.class, type);
		// when / then
		assertThat(IdentifierSyntax.problem(identifierType, identifier).isEmpty()).isEqualTo(wellFormed);
	}

}
