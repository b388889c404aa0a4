package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.DemandFacts.Context;
import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static dev.writ.rules.RequesterFixture.policeSending;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * POL-EMERG: an emergency request is in writing, on letterhead, signed, summarises a
 * danger of death or serious injury, says how the data help, and comes from a verified
 * official source (docs/rules.md, reading 14).
 */
class EmergencyRequestFormTests {

	final EmergencyRequestForm rule = new EmergencyRequestForm();

	@Test
	void a_complete_emergency_request_is_valid() {
		// when
		List<Finding> findings = this.rule.check(anEmergencyRequest().build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_VALID);
			assertThat(finding.rule()).isEqualTo("POL-EMERG");
			assertThat(finding.severity()).isEqualTo(Severity.INFO);
			assertThat(finding.citation()).contains("2702(b)(8)", "4 Nov 2024");
		});
	}

	@Test
	void an_emergency_request_without_letterhead_is_rejected() {
		var emergency = anEmergencyRequest().withoutLetterhead();
		assertThat(this.rule.check(emergency.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_NO_LETTERHEAD);
			assertThat(finding.rule()).isEqualTo("POL-EMERG");
			assertThat(finding.message()).contains("official letterhead");
		});
	}

	@Test
	void an_unsigned_emergency_request_is_rejected() {
		assertThat(this.rule.check(anEmergencyRequest().unsigned().build(), CONTOSO)).singleElement()
			.satisfies(finding -> {
				assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_UNSIGNED);
				assertThat(finding.message()).contains("must be signed by a law-enforcement");
			});
	}

	@Test
	void an_emergency_request_with_a_blank_summary_is_rejected() {
		var emergency = anEmergencyRequest().withEmergency("  ", "Recent login IP addresses locate the suspect.");
		assertThat(this.rule.check(emergency.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_NO_SUMMARY);
			assertThat(finding.message()).contains("Summarise the emergency");
		});
	}

	@Test
	void an_emergency_request_that_does_not_say_how_the_data_help_is_rejected() {
		var emergency = anEmergencyRequest().withEmergency("A child is missing.", null);
		assertThat(this.rule.check(emergency.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_NO_NEXUS);
			assertThat(finding.message()).contains("Explain how the requested data will help");
		});
	}

	@Test
	void an_emergency_request_without_danger_to_life_does_not_qualify() {
		var emergency = anEmergencyRequest().withContext(Context.none());
		assertThat(this.rule.check(emergency.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_NOT_QUALIFYING);
			assertThat(finding.message()).contains("death or serious physical injury", "serve legal process");
		});
	}

	@Test
	void an_emergency_request_from_an_unverified_agency_or_domain_is_rejected() {
		for (var sender : List.of(policeSending(false, true), policeSending(true, false))) {
			assertThat(this.rule.check(anEmergencyRequest().from(sender).build(), CONTOSO)).singleElement()
				.satisfies(finding -> {
					assertThat(finding.code()).isEqualTo(ReasonCode.EMERGENCY_UNVERIFIED_SENDER);
					assertThat(finding.message()).contains("could not be verified", "official account");
				});
		}
	}

	@Test
	void every_defect_of_an_emergency_request_is_reported_together() {
		// given
		var emergency = anEmergencyRequest().withoutLetterhead()
			.unsigned()
			.withEmergency(null, "")
			.withContext(Context.none())
			.from(policeSending(false, false));
		// when
		List<Finding> findings = this.rule.check(emergency.build(), CONTOSO);
		// then
		assertThat(findings).extracting(Finding::code)
			.containsExactly(ReasonCode.EMERGENCY_NO_LETTERHEAD, ReasonCode.EMERGENCY_UNSIGNED,
					ReasonCode.EMERGENCY_NO_SUMMARY, ReasonCode.EMERGENCY_NO_NEXUS, ReasonCode.EMERGENCY_NOT_QUALIFYING,
					ReasonCode.EMERGENCY_UNVERIFIED_SENDER);
	}

	@Test
	void other_process_is_not_held_to_the_emergency_form() {
		assertThat(this.rule.check(aGrandJurySubpoena().withoutLetterhead().build(), CONTOSO)).isEmpty();
	}

}
