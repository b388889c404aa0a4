package dev.writ.rules.policies;

import java.util.List;

import dev.writ.rules.Finding;
import dev.writ.rules.ReasonCode;
import dev.writ.rules.Severity;
import dev.writ.shared.legal.DataCategory;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.rules.DemandFactsFixture.CONTOSO;
import static dev.writ.rules.DemandFactsFixture.aCivilSubpoena;
import static dev.writ.rules.DemandFactsFixture.aGrandJurySubpoena;
import static dev.writ.rules.DemandFactsFixture.aSearchWarrant;
import static dev.writ.rules.ForeignDemandFixture.aForeignCourtOrder;
import static dev.writ.rules.ForeignDemandFixture.aForeignSubpoena;
import static dev.writ.rules.ForeignDemandFixture.aUsCourtMlatWarrant;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * SCA-02 to SCA-05: a subpoena reaches the 2703(c)(2) list, a 2703(d) order all
 * non-content, a warrant everything; the rest is withheld (docs/rules.md, reading 12,
 * 15).
 */
class ProcessReachTests {

	final ProcessReach rule = new ProcessReach();

	static final DataCategory[] SUBPOENA_LIST = { DataCategory.BASIC_SUBSCRIBER_INFO,
			DataCategory.IP_CONNECTION_HISTORY, DataCategory.IP_FOR_IDENTIFICATION, DataCategory.BILLING_INFO,
			DataCategory.GAMERTAG };

	@Test
	void a_subpoena_reaches_every_record_of_the_subpoena_list() {
		assertThat(this.rule.check(aGrandJurySubpoena().requesting(SUBPOENA_LIST).build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_subpoena_does_not_reach_transactional_records() {
		// given
		var subpoena = aGrandJurySubpoena().requesting(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.TRANSACTIONAL_RECORDS);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.code()).isEqualTo(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS);
			assertThat(finding.rule()).isEqualTo("SCA-03");
			assertThat(finding.severity()).isEqualTo(Severity.NARROWING);
			assertThat(finding.withheld()).containsExactly(DataCategory.TRANSACTIONAL_RECORDS);
			assertThat(finding.message()).contains("A grand jury subpoena does not reach transactional_records",
					"a court order under 18 U.S.C. 2703(d) or a warrant", "The rest can be produced");
		});
	}

	@Test
	void a_subpoena_for_content_only_is_withheld_entirely() {
		// given
		var subpoena = aGrandJurySubpoena().requesting(DataCategory.EMAIL_CONTENT);
		// when
		List<Finding> findings = this.rule.check(subpoena.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("SCA-02");
			assertThat(finding.citation()).contains("Warshak");
			assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
			assertThat(finding.message()).contains("does not reach email_content", "needs a search warrant");
		});
	}

	@Test
	void every_kind_of_subpoena_is_held_to_the_subpoena_list() {
		for (ProcessType type : List.of(ProcessType.SUBPOENA, ProcessType.ADMINISTRATIVE_SUBPOENA)) {
			var subpoena = aGrandJurySubpoena().ofType(type).requesting(DataCategory.STORED_FILES);
			assertThat(this.rule.check(subpoena.build(), CONTOSO)).as(type.code())
				.extracting(Finding::code)
				.containsExactly(ReasonCode.DATA_TYPE_NOT_SUPPORTED_BY_PROCESS);
		}
	}

	@Test
	void a_2703d_order_reaches_all_non_content() {
		var order = aSearchWarrant().ofType(ProcessType.COURT_ORDER_2703D)
			.requesting(DataCategory.BASIC_SUBSCRIBER_INFO, DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_2703d_order_does_not_reach_content() {
		// given
		var order = aSearchWarrant().ofType(ProcessType.COURT_ORDER_2703D)
			.requesting(DataCategory.TRANSACTIONAL_RECORDS, DataCategory.EMAIL_CONTENT);
		// when
		List<Finding> findings = this.rule.check(order.build(), CONTOSO);
		// then
		assertThat(findings).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("SCA-02");
			assertThat(finding.withheld()).containsExactly(DataCategory.EMAIL_CONTENT);
			assertThat(finding.message()).contains("A court order 2703(d) does not reach email_content");
		});
	}

	@Test
	void a_warrant_reaches_content_and_everything_lesser() {
		var everything = aSearchWarrant().requesting(DataCategory.values());
		var subscriberOnly = aSearchWarrant().requesting(DataCategory.BASIC_SUBSCRIBER_INFO);
		assertThat(this.rule.check(everything.build(), CONTOSO)).isEmpty();
		assertThat(this.rule.check(subscriberOnly.build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_warrant_a_us_court_issued_through_mlat_reaches_content() {
		assertThat(this.rule.check(aUsCourtMlatWarrant().build(), CONTOSO)).isEmpty();
	}

	@Test
	void a_foreign_subpoena_reaches_the_subpoena_list_only() {
		var subpoena = aForeignSubpoena("BR").requesting(DataCategory.BASIC_SUBSCRIBER_INFO,
				DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).singleElement().satisfies(finding -> {
			assertThat(finding.rule()).isEqualTo("SCA-03");
			assertThat(finding.withheld()).containsExactly(DataCategory.TRANSACTIONAL_RECORDS);
		});
	}

	@Test
	void a_foreign_court_order_reaches_all_non_content_and_leaves_content_to_mlat() {
		var order = aForeignCourtOrder("BR").requesting(DataCategory.TRANSACTIONAL_RECORDS, DataCategory.EMAIL_CONTENT);
		assertThat(this.rule.check(order.build(), CONTOSO)).isEmpty();
	}

	@Test
	void civil_process_is_not_measured_against_the_government_list() {
		var subpoena = aCivilSubpoena().requesting(DataCategory.TRANSACTIONAL_RECORDS);
		assertThat(this.rule.check(subpoena.build(), CONTOSO)).isEmpty();
	}

}
