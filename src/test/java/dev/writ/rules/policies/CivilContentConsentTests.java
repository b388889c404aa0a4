package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aCivilSubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-CIVIL, SCA-23: a civil subpoena reaches non-content; content only with the account
 * owner's consent (docs/rules.md, reading 16; Suzlon).
 */
class CivilContentConsentTests {

	final CivilContentConsent rule = new CivilContentConsent();

	@Test
	void a_civil_subpoena_for_non_content_needs_no_consent() {
		var subpoena = aCivilSubpoena().requesting(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

	@Test
	void content_on_a_civil_subpoena_without_consent_is_withheld() {
		// given
		var subpoena = aCivilSubpoena().requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.EMAIL_CONTENT);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.CIVIL_CONTENT_REQUIRES_CONSENT);
			assertThat(finding.rule()).isEqualTo("POL-CIVIL");
			assertThat(finding.citation()).contains("Suzlon");
			assertThat(finding.severity()).isEqualTo(Severity.NARROWING);
			assertThat(finding.withheld()).containsExactly(DataCategory.EMAIL_CONTENT);
			assertThat(finding.message()).contains("cannot compel content (email_content)",
					"Obtain the account owner's specific written consent");
		});
	}

	@Test
	void a_civil_subpoena_for_content_only_without_consent_releases_nothing() {
		var subpoena = aCivilSubpoena().requesting(DataCategory.EMAIL_CONTENT, DataCategory.PHOTOS);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.withheld()).containsExactlyInAnyOrder(DataCategory.EMAIL_CONTENT, DataCategory.PHOTOS);
		});
	}

	@Test
	void the_account_owners_consent_supports_disclosing_content() {
		// given
		var subpoena = aCivilSubpoena().requesting(DataCategory.EMAIL_CONTENT).withOwnerConsent();
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.OWNER_CONSENT);
			assertThat(finding.rule()).isEqualTo("POL-CIVIL");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.withheld()).isEmpty();
		});
	}

	@Test
	void a_government_demand_for_content_is_not_a_civil_matter() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

}
