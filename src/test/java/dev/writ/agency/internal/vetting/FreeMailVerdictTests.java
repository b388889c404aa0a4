package dev.writ.agency.internal.vetting;

import dev.writ.agency.DomainVerdict;
import dev.writ.agency.VettedDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FreeMailVerdictTests {

	final DomainVetter vetting = VettingFixture.vetter();

	@Test
	void gmail_is_free_mail_and_the_message_says_what_to_use_instead() {
		// when
		VettedDomain vetted = this.vetting.vet("detective.jones@gmail.com");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.FREE_MAIL);
		assertThat(vetted.officialDomain()).isEqualTo("gmail.com");
		assertThat(vetted.isOfficial()).isFalse();
		assertThat(vetted.message()).isEqualTo("Registration is possible only from an official e-mail address of "
				+ "your agency; gmail.com is a free web-mail service.");
	}

	@ParameterizedTest
	@ValueSource(strings = { "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com",
			"yahoo.com", "ymail.com", "aol.com", "icloud.com", "me.com", "proton.me", "protonmail.com", "gmx.com",
			"gmx.de", "gmx.net", "web.de", "mail.com", "mail.ru", "yandex.com", "yandex.ru", "zoho.com", "tutanota.com",
			"hey.com", "fastmail.com", "freemail.example" })
	void every_common_free_mail_service_is_recognised(String domain) {
		// when
		VettedDomain vetted = this.vetting.vet("someone@" + domain);
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.FREE_MAIL);
	}

	@Test
	void the_forged_emergency_request_of_the_scenarios_comes_from_free_mail() {
		// when
		VettedDomain vetted = this.vetting.vet("dpd.emergency.unit@freemail.example");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.FREE_MAIL);
	}

	@Test
	void a_name_under_a_free_mail_service_is_free_mail() {
		// when
		VettedDomain vetted = this.vetting.vet("someone@users.gmx.net");
		// then
		assertThat(vetted.verdict()).isEqualTo(DomainVerdict.FREE_MAIL);
		assertThat(vetted.officialDomain()).isEqualTo("gmx.net");
	}

}
