package dev.writ.rules.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import dev.writ.rules.Assessment;
import dev.writ.rules.Citation;
import dev.writ.rules.DemandFacts;
import dev.writ.rules.DemandFacts.DateRange;
import dev.writ.rules.Finding;
import dev.writ.rules.Outcome;
import dev.writ.rules.ReasonCode;
import dev.writ.shared.legal.DataCategory;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.RECEIVED;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.DemandFactsFixture.anEmergencyRequest;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Decision procedure step 9: the requested categories minus everything withheld, over the
 * requested period cut at receipt; emergency content held back by policy is not a
 * narrowing (docs/rules.md, reading 6, 14, 15).
 */
class ReleaseTests {

	static final LocalDate JANUARY_FIRST = LocalDate.of(2026, 1, 1);

	static Finding withholding(String rule, DemandFacts facts, DataCategory... withheld) {
		return new Citation(rule, "test citation").withholding(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS,
				Set.of(withheld), facts.dataRequested(), "withheld");
	}

	@Test
	void with_nothing_withheld_what_was_asked_is_released_over_the_period_asked() {
		// when
		Release release = Release.of(aGrandJurySubpoena().build(), List.of());
		// then
		assertThat(release.categories()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.IP_CONNECTION_HISTORY);
		assertThat(release.period()).isEqualTo(new DateRange(JANUARY_FIRST, LocalDate.of(2026, 6, 30)));
		assertThat(release.narrowed()).isFalse();
		assertThat(release.outcome()).isEqualTo(Outcome.DISCLOSE_NONCONTENT_ONLY);
	}

	@Test
	void a_release_with_content_discloses_content() {
		Release release = Release.of(aSearchWarrant().build(), List.of());
		assertThat(release.categories()).containsExactly(DataCategory.EMAIL_CONTENT,
				DataCategory.BASIC_SUBSCRIBER_INFO);
		assertThat(release.outcome()).isEqualTo(Outcome.DISCLOSE_CONTENT);
	}

	@Test
	void withheld_categories_are_cut_and_the_rest_kept_in_the_order_asked() {
		// given
		DemandFacts order = aSearchWarrant()
			.requesting(DataCategory.IP_CONNECTION_HISTORY, DataCategory.EMAIL_CONTENT,
					DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS)
			.build();
		// when
		Release release = Release.of(order, List.of(withholding("SCA-02", order, DataCategory.EMAIL_CONTENT)));
		// then
		assertThat(release.categories()).containsExactly(DataCategory.IP_CONNECTION_HISTORY,
				DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(release.narrowed()).isTrue();
		assertThat(release.outcome()).isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
	}

	@Test
	void emergency_content_held_back_by_policy_is_not_a_narrowing() {
		// given
		DemandFacts emergency = anEmergencyRequest()
			.requesting(DataCategory.IP_CONNECTION_HISTORY, DataCategory.CHAT_CONTENT)
			.build();
		// when
		Release release = Release.of(emergency, List.of(withholding("SCA-21", emergency, DataCategory.CHAT_CONTENT)));
		// then
		assertThat(release.categories()).containsExactly(DataCategory.IP_CONNECTION_HISTORY);
		assertThat(release.narrowed()).isFalse();
		assertThat(release.outcome()).isEqualTo(Outcome.DISCLOSE_NONCONTENT_ONLY);
	}

	@Test
	void a_period_running_past_receipt_is_cut_at_receipt() {
		// given
		DemandFacts subpoena = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED.plusDays(30)).build();
		Finding truncated = new Citation("POL-FORM", "test citation").narrowing(ReasonCode.DATE_RANGE_TRUNCATED, "cut");
		// when
		Release release = Release.of(subpoena, List.of(truncated));
		// then
		assertThat(release.period()).isEqualTo(new DateRange(JANUARY_FIRST, RECEIVED));
		assertThat(release.narrowed()).isTrue();
		assertThat(release.outcome()).isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
	}

	@Test
	void a_demand_without_a_period_releases_no_period() {
		assertThat(Release.of(aGrandJurySubpoena().withoutPeriod().build(), List.of()).period()).isNull();
	}

	@Test
	void with_everything_withheld_nothing_is_left_to_release() {
		DemandFacts subpoena = aGrandJurySubpoena().requesting(DataCategory.EMAIL_CONTENT).build();
		Release release = Release.of(subpoena, List.of(withholding("SCA-02", subpoena, DataCategory.EMAIL_CONTENT)));
		assertThat(release.isEmpty()).isTrue();
		assertThat(release.categories()).isEmpty();
	}

	@Test
	void informational_findings_do_not_change_the_release() {
		Citation citation = new Citation("SCA-10", "test citation");
		Release release = Release.of(aGrandJurySubpoena().build(),
				List.of(citation.info(ReasonCode.NDO_ACTIVE, "in force"), citation.info(ReasonCode.NCMEC_REPORT, "r")));
		assertThat(release.categories()).hasSize(2);
		assertThat(release.narrowed()).isFalse();
	}

	@Test
	void the_assessment_of_a_period_running_past_receipt_releases_up_to_receipt() {
		// when
		Assessment assessment = aGrandJurySubpoena().forPeriod(JANUARY_FIRST, RECEIVED.plusDays(30)).assess();
		// then
		assertThat(assessment.outcome()).isEqualTo(Outcome.NARROW_THEN_DISCLOSE);
		assertThat(assessment.releasePeriod()).isEqualTo(new DateRange(JANUARY_FIRST, RECEIVED));
		assertThat(assessment.dataToRelease()).containsExactly(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.IP_CONNECTION_HISTORY);
		assertThat(assessment.reasons()).contains(ReasonCode.DATE_RANGE_TRUNCATED);
	}

}
