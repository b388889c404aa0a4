package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-21: emergency disclosure covers non-content records; content is not released on an
 * emergency request (docs/rules.md, reading 14).
 */
class EmergencyDisclosureScopeTests {

	final EmergencyDisclosureScope rule = new EmergencyDisclosureScope();

	@Test
	void an_emergency_request_for_non_content_is_within_scope() {
		assertThat(this.rule.check(anEmergencyRequest().build(), CONTOSO)).isEmpty();
	}

	@Test
	void content_asked_for_in_an_emergency_is_withheld_and_the_rest_released() {
		// given
		var emergency = anEmergencyRequest().requesting(DataCategory.IP_CONNECTION_HISTORY, DataCategory.CHAT_CONTENT);
		// when
		List<Finding> findings = this.rule.check(emergency.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS);
			assertThat(finding.rule()).isEqualTo("SCA-21");
			assertThat(finding.severity()).isEqualTo(Severity.NARROWING);
			assertThat(finding.withheld()).containsExactly(DataCategory.CHAT_CONTENT);
			assertThat(finding.message()).contains("non-content records by default", "content (chat_content)",
					"or under a warrant");
		});
	}

	@Test
	void an_emergency_request_for_content_only_releases_nothing() {
		var emergency = anEmergencyRequest().requesting(DataCategory.EMAIL_CONTENT);
		assertThat(this.rule.check(emergency.build(), CONTOSO)).singleElement()
			.satisfies(finding -> assertThat(finding.severity()).isEqualTo(Severity.BLOCKING));
	}

	@Test
	void a_warrant_for_content_is_not_an_emergency_disclosure() {
		assertThat(this.rule.check(aSearchWarrant().build(), CONTOSO)).isEmpty();
	}

}
