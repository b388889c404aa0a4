package dev.writ.directory.internal;

import dev.writ.directory.AccountFacts;
import dev.writ.shared.legal.AccountType;
import dev.writ.shared.legal.IdentifierType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo directory of Contoso Cloud, read from its real resource file.
 */
class DemoDirectoryConnectorTests {

	static final DemoDirectoryConnector directory = DemoDirectoryConnector.fromClasspath();

	static final AccountFacts JORDAN_REYES = AccountFacts.consumer("US", "US", true);

	@Test
	void an_email_address_names_a_consumer_account_with_its_facts() {
		// when
		AccountFacts facts = directory.lookup("k.morrow@contosomail.example", IdentifierType.EMAIL);
		// then
		assertThat(facts).isEqualTo(new AccountFacts(true, AccountType.CONSUMER, null, null, "US", "US", true));
	}

	@ParameterizedTest
	@ValueSource(strings = { "K.Morrow@ContosoMail.EXAMPLE", "  k.morrow@contosomail.example\t",
			" K.MORROW@CONTOSOMAIL.EXAMPLE" })
	void email_addresses_match_whatever_their_case_and_surrounding_spaces(String written) {
		// when
		AccountFacts facts = directory.lookup(written, IdentifierType.EMAIL);
		// then
		assertThat(facts).isEqualTo(directory.lookup("k.morrow@contosomail.example", IdentifierType.EMAIL));
		assertThat(facts.exists()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "+1 206 555 0188", "+1 (206) 555-0188", "+1.206.555.0188", " +12065550188 " })
	void phone_numbers_match_by_their_digits_and_leading_plus(String written) {
		// when
		AccountFacts facts = directory.lookup(written, IdentifierType.PHONE);
		// then
		assertThat(facts).isEqualTo(JORDAN_REYES);
	}

	@Test
	void a_phone_number_without_its_leading_plus_is_another_number() {
		// when
		AccountFacts facts = directory.lookup("1 206 555 0188", IdentifierType.PHONE);
		// then
		assertThat(facts.exists()).isFalse();
	}

	@Test
	void gamertags_and_usernames_match_whatever_their_case_and_surrounding_spaces() {
		// when
		AccountFacts byGamertag = directory.lookup(" raincityrogue ", IdentifierType.GAMERTAG);
		AccountFacts byUsername = directory.lookup("JReyes", IdentifierType.USERNAME);
		// then
		assertThat(byGamertag).isEqualTo(JORDAN_REYES);
		assertThat(byUsername).isEqualTo(JORDAN_REYES);
	}

	@Test
	void ip_addresses_match_only_exactly_as_written() {
		// when
		AccountFacts exact = directory.lookup("198.51.100.23", IdentifierType.IP);
		AccountFacts padded = directory.lookup(" 198.51.100.23", IdentifierType.IP);
		AccountFacts zeroes = directory.lookup("198.51.100.023", IdentifierType.IP);
		// then
		assertThat(exact).isEqualTo(AccountFacts.consumer("US", "US", true));
		assertThat(padded.exists()).isFalse();
		assertThat(zeroes.exists()).isFalse();
	}

	@Test
	void an_ipv6_address_names_an_account_stored_in_germany() {
		// when
		AccountFacts facts = directory.lookup("2001:db8:85a3::8a2e:370:7334", IdentifierType.IP);
		// then
		assertThat(facts).isEqualTo(AccountFacts.consumer("DE", "DE", false));
	}

	@Test
	void an_identifier_that_is_not_in_the_file_does_not_exist() {
		// when
		AccountFacts facts = directory.lookup("nobody.here@contosomail.example", IdentifierType.EMAIL);
		// then
		assertThat(facts).isEqualTo(AccountFacts.notFound());
		assertThat(facts.type()).isNull();
	}

	@Test
	void an_identifier_names_an_account_only_under_its_own_type() {
		// when
		AccountFacts asUsername = directory.lookup("k.morrow@contosomail.example", IdentifierType.USERNAME);
		AccountFacts asGamertag = directory.lookup("jreyes", IdentifierType.GAMERTAG);
		// then
		assertThat(asUsername.exists()).isFalse();
		assertThat(asGamertag.exists()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "d.kowalski@fabrikam-mfg.example, Fabrikam Manufacturing, 1200",
			"A.Nakamura@Fabrikam-Mfg.example, Fabrikam Manufacturing, 1200",
			"r.okonkwo@tailspin-toys.example, Tailspin Toys, 51", "m.lindgren@tailspin-toys.example, Tailspin Toys, 51",
			"s.petrakis@lamna-billing.example, Lamna Healthcare Billing, 50",
			"billing.ops@lamna-billing.example, Lamna Healthcare Billing, 50" })
	void enterprise_accounts_carry_their_customer_and_its_seats(String email, String customer, int seats) {
		// when
		AccountFacts facts = directory.lookup(email, IdentifierType.EMAIL);
		// then
		assertThat(facts.type()).isEqualTo(AccountType.ENTERPRISE);
		assertThat(facts.customerName()).isEqualTo(customer);
		assertThat(facts.enterpriseSeats()).isEqualTo(seats);
	}

	@Test
	void a_consumer_account_has_no_customer_and_no_seats() {
		// when
		AccountFacts facts = directory.lookup("BrixtonBlaze", IdentifierType.GAMERTAG);
		// then
		assertThat(facts.type()).isEqualTo(AccountType.CONSUMER);
		assertThat(facts.customerName()).isNull();
		assertThat(facts.enterpriseSeats()).isNull();
	}

	@ParameterizedTest
	@CsvSource({ "email, jordan.reyes@contosomail.example, US, US, true",
			"email, aoife.brennan@contosomail.example, IE, IE, false", "phone, +353 1 555 0142, IE, IE, false",
			"email, lukas.hoffmann@contosomail.example, IE, DE, false", "username, kreuzberg_kai, DE, DE, false",
			"phone, +44 20 7946 0958, GB, GB, false", "gamertag, BrixtonBlaze, GB, GB, false",
			"phone, +55 11 5555 0123, US, BR, false", "username, carioca.dev, BR, BR, false",
			"email, expat.emma@contosomail.example, US, IE, true" })
	void consumers_live_in_the_united_states_ireland_germany_the_united_kingdom_and_brazil(String type,
			String identifier, String dataLocation, String residence, boolean usPerson) {
		// when
		AccountFacts facts = directory.lookup(identifier, IdentifierType.valueOf(type.toUpperCase()));
		// then
		assertThat(facts).isEqualTo(AccountFacts.consumer(dataLocation, residence, usPerson));
	}

}
