package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.ForeignDemandFixture.aEuropeanPreservationOrder;
import static dev.writ.rules.DemandFactsFixture.aEuropeanProductionOrder;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aUkOverseasProductionOrder;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * POL-FORM, EEV-01, UK-01: each kind of instrument arrives only through the channels
 * accepted for it (docs/rules.md, reading 2).
 */
class ServedThroughAcceptedChannelTests {

	final ServedThroughAcceptedChannel rule = new ServedThroughAcceptedChannel();

	@Test
	void us_process_through_any_accepted_us_channel_is_properly_served() {
		for (String channel : List.of("law_enforcement_portal", "registered_agent", "email_legal_inbox",
				"postal_mail_hq")) {
			assertThat(this.rule.check(aGrandJurySubpoena().servedBy(channel).build(), CONTOSO)).as(channel).isEmpty();
		}
	}

	@Test
	void us_process_through_support_chat_is_improperly_served() {
		// given
		var subpoena = aGrandJurySubpoena().servedBy("support_chat");
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.IMPROPERLY_SERVED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message()).contains("Served by support chat",
					"Accepted: email_legal_inbox, law_enforcement_portal, postal_mail_hq, registered_agent.");
		});
	}

	@Test
	void channels_that_are_never_accepted_make_us_process_improperly_served() {
		for (String channel : List.of("postal_mail_to_employee", "email_free_webmail", "email_lookalike_domain",
				"eu_designated_establishment")) {
			assertThat(this.rule.check(aGrandJurySubpoena().servedBy(channel).build(), CONTOSO)).as(channel)
				.extracting(Finding::code)
				.containsExactly(ReasonCode.IMPROPERLY_SERVED);
		}
	}

	@Test
	void an_emergency_request_through_an_emergency_channel_is_properly_served() {
		for (String channel : List.of("emergency_portal", "email_official_domain", "law_enforcement_portal")) {
			assertThat(this.rule.check(anEmergencyRequest().servedBy(channel).build(), CONTOSO)).as(channel).isEmpty();
		}
	}

	@Test
	void an_emergency_request_from_a_lookalike_domain_is_improperly_served() {
		// given
		var emergency = anEmergencyRequest().servedBy("email_lookalike_domain");
		// when
		List<Finding> findings = this.rule.check(emergency.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.IMPROPERLY_SERVED);
			assertThat(finding.rule()).isEqualTo("POL-FORM");
			assertThat(finding.message())
				.contains("Accepted: email_official_domain, emergency_portal, law_enforcement_portal.");
		});
	}

	@Test
	void an_emergency_request_to_the_registered_agent_is_improperly_served() {
		assertThat(this.rule.check(anEmergencyRequest().servedBy("registered_agent").build(), CONTOSO))
			.extracting(Finding::code)
			.containsExactly(ReasonCode.IMPROPERLY_SERVED);
	}

	@Test
	void a_european_order_through_the_designated_establishment_is_properly_served() {
		assertThat(this.rule.check(aEuropeanProductionOrder().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_european_order_through_the_law_enforcement_portal_is_improperly_served() {
		// given
		var order = aEuropeanProductionOrder().servedBy("law_enforcement_portal");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.IMPROPERLY_SERVED);
			assertThat(finding.rule()).isEqualTo("EEV-01");
			assertThat(finding.message()).contains("Accepted: eu_designated_establishment.");
		});
	}

	@Test
	void a_european_preservation_order_through_the_registered_agent_is_improperly_served() {
		var order = aEuropeanPreservationOrder().servedBy("registered_agent");
		assertThat(this.rule.check(order.build(), CONTOSO)).extracting(Finding::code, Finding::rule)
			.containsExactly(tuple(ReasonCode.IMPROPERLY_SERVED, "EEV-01"));
	}

	@Test
	void a_uk_order_served_by_the_police_directly_is_improperly_served() {
		// given
		var order = aUkOverseasProductionOrder().servedBy("law_enforcement_portal");
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.IMPROPERLY_SERVED);
			assertThat(finding.rule()).isEqualTo("UK-01");
			assertThat(finding.message()).contains("Accepted: uk_designated_authority.");
		});
	}

	@Test
	void a_uk_order_through_the_designated_authority_is_properly_served() {
		assertThat(this.rule.check(aUkOverseasProductionOrder().build(), CONTOSO)).isEmpty();
	}

}
