package dev.writ.directory.internal;

import java.util.Map;

import dev.writ.directory.AccountFacts;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A mistake in the demo accounts file stops start-up and names the field.
 */
class DemoAccountsFileTests {

	static final String CONSUMER = """
			"account_type": "consumer", "data_location": "US", "owner_residence_country": "US", "is_us_person": true""";

	@Test
	void every_identifier_of_an_account_is_keyed_to_the_same_facts() {
		// when
		Map<String, AccountFacts> accounts = DemoAccountsFile.read("""
				{"accounts": [{"identifiers": [{"type": "email", "value": "A@B.example"},
				  {"type": "phone", "value": "+1 206 555 0100"}], %s}]}""".formatted(CONSUMER));
		// then
		assertThat(accounts).containsOnlyKeys("email:a@b.example", "phone:+12065550100");
		assertThat(accounts.values()).containsOnly(AccountFacts.consumer("US", "US", true));
	}

	@Test
	void an_identifier_listed_twice_in_another_case_is_refused() {
		assertThatThrownBy(() -> DemoAccountsFile.read("""
				{"accounts": [{"identifiers": [{"type": "email", "value": "a@b.example"}], %s},
				  {"identifiers": [{"type": "email", "value": " A@B.EXAMPLE"}], %s}]}""".formatted(CONSUMER, CONSUMER)))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("accounts[1].identifiers[0]: 'email:a@b.example' names another account already");
	}

	@Test
	void an_enterprise_account_without_its_customer_is_refused() {
		assertThatThrownBy(() -> DemoAccountsFile
			.read("""
					{"accounts": [{"identifiers": [{"type": "email", "value": "a@b.example"}], "account_type": "enterprise",
					  "enterprise_seats": 60, "data_location": "US", "owner_residence_country": "US", "is_us_person": true}]}"""))
			.hasMessageContaining("accounts[0].customer_name: expected a non-blank string");
	}

	@Test
	void a_consumer_account_with_seats_is_refused() {
		assertThatThrownBy(() -> DemoAccountsFile
			.read("""
					{"accounts": [{"identifiers": [{"type": "email", "value": "a@b.example"}], "enterprise_seats": 3, %s}]}"""
				.formatted(CONSUMER)))
			.hasMessageContaining("accounts[0]: a consumer account has no customer_name");
	}

	@Test
	void a_country_that_is_not_an_iso_code_is_refused() {
		assertThatThrownBy(() -> DemoAccountsFile.read("""
				{"accounts": [{"identifiers": [{"type": "email", "value": "a@b.example"}], "account_type": "consumer",
				  "data_location": "USA", "owner_residence_country": "US", "is_us_person": true}]}"""))
			.hasMessageContaining("accounts[0].data_location: expected an ISO 3166-1 alpha-2 code");
	}

	@Test
	void a_misspelt_field_is_refused_rather_than_ignored() {
		assertThatThrownBy(() -> DemoAccountsFile
			.read("""
					{"accounts": [{"identifiers": [{"type": "email", "value": "a@b.example"}], "is_us_persn": false, %s}]}"""
				.formatted(CONSUMER)))
			.hasMessageContaining("accounts[0].is_us_persn: unknown field");
	}

	@Test
	void a_query_is_not_an_account_identifier() {
		assertThatThrownBy(() -> DemoAccountsFile.read("""
				{"accounts": [{"identifiers": [{"type": "query", "value": "all of them"}], %s}]}"""
			.formatted(CONSUMER))).hasMessageContaining("accounts[0].identifiers[0]: 'all of them' names no account");
	}

}
