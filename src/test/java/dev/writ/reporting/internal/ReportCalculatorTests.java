package dev.writ.reporting.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.CountryRow;
import dev.writ.shared.legal.ProcessType;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every figure of the report, pinned on a small hand-built register (docs/transparency.md
 * defines them).
 */
class ReportCalculatorTests {

	static final ReportPeriod H2_2022 = ReportPeriod.parse("2022-H2");

	static final LocalDate JULY = LocalDate.of(2022, 7, 1);

	@Test
	void demands_count_in_the_half_year_they_were_received_in() {
		// given
		List<RegisterEntry> register = List.of(criminal("a", LocalDate.of(2022, 6, 30), "US", Outcome.CONTENT),
				criminal("b", LocalDate.of(2022, 7, 1), "US", Outcome.CONTENT),
				criminal("c", LocalDate.of(2022, 12, 31), "US", Outcome.CONTENT),
				criminal("d", LocalDate.of(2023, 1, 1), "US", Outcome.CONTENT));
		// when
		TransparencyReport report = report(register);
		// then
		assertThat(only(report, Section.CRIMINAL).requests()).isEqualTo(2);
	}

	@Test
	void each_country_has_its_row_per_section_sorted_by_code_with_its_outcomes_and_shares() {
		// given
		List<RegisterEntry> register = List.of(criminal("1", JULY, "US", Outcome.CONTENT),
				criminal("2", JULY, "US", Outcome.NON_CONTENT_ONLY),
				criminal("3", JULY, "US", Outcome.NON_CONTENT_ONLY), criminal("4", JULY, "DE", Outcome.NO_DATA_FOUND),
				criminal("5", JULY, "DE", Outcome.REJECTED), criminal("6", JULY, "DE", Outcome.WITHDRAWN),
				entry("7", JULY, "DE", Section.CIVIL, ProcessType.CIVIL_SUBPOENA, Outcome.REDIRECTED_TO_CUSTOMER, false,
						false, null));
		// when
		TransparencyReport report = report(register);
		// then
		List<CountryRow> criminal = report.sections().get(Section.CRIMINAL);
		assertThat(criminal).extracting(CountryRow::country).containsExactly("DE", "US");
		CountryRow us = criminal.get(1);
		assertThat(us.countryName()).isEqualTo("United States");
		assertThat(us.requests()).isEqualTo(3);
		assertThat(us.accountsSpecified()).isEqualTo(6);
		assertThat(us.content()).isEqualTo(1);
		assertThat(us.pctContent()).isEqualTo(new BigDecimal("33.33"));
		assertThat(us.nonContent()).isEqualTo(2);
		assertThat(us.pctNonContent()).isEqualTo(new BigDecimal("66.67"));
		CountryRow de = criminal.get(0);
		assertThat(de.noDataFound()).isEqualTo(1);
		assertThat(de.rejected()).as("rejected and withdrawn").isEqualTo(2);
		assertThat(de.pctRejected()).isEqualTo(new BigDecimal("66.67"));
		assertThat(report.sections().get(Section.CIVIL)).singleElement()
			.satisfies(row -> assertThat(row.rejected()).as("redirected").isEqualTo(1));
		assertThat(report.sections().get(Section.EMERGENCY)).isEmpty();
	}

	@Test
	void pending_demands_count_as_received_and_as_pending_but_in_no_outcome() {
		// given
		List<RegisterEntry> register = List.of(criminal("1", JULY, "FR", Outcome.PENDING),
				criminal("2", JULY, "FR", Outcome.CONTENT));
		// when
		TransparencyReport report = report(register);
		// then
		CountryRow fr = only(report, Section.CRIMINAL);
		assertThat(fr.requests()).isEqualTo(2);
		assertThat(fr.content() + fr.nonContent() + fr.noDataFound() + fr.rejected()).isEqualTo(1);
		assertThat(fr.pctContent()).isEqualTo(new BigDecimal("50.00"));
		assertThat(report.pending()).isEqualTo(1);
	}

	@Test
	void enterprise_figures_split_disclosure_from_its_absence() {
		// given
		List<RegisterEntry> register = List.of(enterprise("1", "US", Outcome.CONTENT),
				enterprise("2", "DE", Outcome.CONTENT), enterprise("3", "US", Outcome.NON_CONTENT_ONLY),
				enterprise("4", "US", Outcome.REDIRECTED_TO_CUSTOMER), enterprise("5", "US", Outcome.NO_DATA_FOUND),
				enterprise("6", "US", Outcome.PENDING), criminal("7", JULY, "US", Outcome.CONTENT));
		// when
		var enterprise = report(register).enterprise();
		// then
		assertThat(enterprise.requests()).isEqualTo(6);
		assertThat(enterprise.withoutDisclosure()).isEqualTo(2);
		assertThat(enterprise.compelled()).isEqualTo(3);
		assertThat(enterprise.content()).isEqualTo(2);
		assertThat(enterprise.nonContentOnly()).isEqualTo(1);
		assertThat(enterprise.contentToUsAgencies()).isEqualTo(1);
	}

	@Test
	void secrecy_orders_are_counted_on_us_demands_of_every_section_with_the_federal_ones() {
		// given
		List<RegisterEntry> register = List.of(
				entry("1", JULY, "US", Section.CRIMINAL, ProcessType.SEARCH_WARRANT, Outcome.CONTENT, false, true,
						null),
				entry("2", JULY, "US", Section.EMERGENCY, ProcessType.EMERGENCY_REQUEST, Outcome.CONTENT, false, true,
						null, IssuerLevel.STATE),
				criminal("3", JULY, "US", Outcome.NON_CONTENT_ONLY),
				entry("4", JULY, "US", Section.CIVIL, ProcessType.CIVIL_SUBPOENA, Outcome.REJECTED, false, false, null),
				entry("5", JULY, "DE", Section.CRIMINAL, ProcessType.EUROPEAN_PRODUCTION_ORDER, Outcome.CONTENT, false,
						true, null));
		// when
		var secrecy = report(register).secrecyOrders();
		// then
		assertThat(secrecy.count()).isEqualTo(2);
		assertThat(secrecy.pctOfUsDemands()).isEqualTo(new BigDecimal("50.00"));
		assertThat(secrecy.federal()).isEqualTo(1);
	}

	@Test
	void us_warrants_for_content_stored_abroad_are_counted_for_consumers_and_for_enterprise_disclosures() {
		// given
		List<RegisterEntry> register = List.of(warrant("1", false, Outcome.CONTENT, "IE"),
				warrant("2", false, Outcome.REJECTED, "DE"), warrant("3", false, Outcome.CONTENT, "US"),
				warrant("4", false, Outcome.CONTENT, null), warrant("5", true, Outcome.CONTENT, "IE"),
				warrant("6", true, Outcome.CHALLENGED, "IE"));
		// when
		var abroad = report(register).contentStoredAbroad();
		// then
		assertThat(abroad.usWarrantsConsumerContentOutsideUs()).isEqualTo(2);
		assertThat(abroad.usWarrantsEnterpriseContentDisclosedOutsideUs()).isEqualTo(1);
	}

	@Test
	void a_section_without_demands_has_no_rows_and_shares_of_nothing_are_zero() {
		// when
		TransparencyReport report = report(List.of());
		// then
		assertThat(report.sections().values()).allSatisfy(rows -> assertThat(rows).isEmpty());
		assertThat(report.secrecyOrders().pctOfUsDemands()).isEqualTo(new BigDecimal("0.00"));
	}

	static TransparencyReport report(List<RegisterEntry> register) {
		ReportCalculator calculator = new ReportCalculator(H2_2022);
		register.forEach(calculator::count);
		return calculator.report();
	}

	static CountryRow only(TransparencyReport report, Section section) {
		assertThat(report.sections().get(section)).hasSize(1);
		return report.sections().get(section).get(0);
	}

	static RegisterEntry criminal(String reference, LocalDate received, String country, Outcome outcome) {
		return entry(reference, received, country, Section.CRIMINAL, ProcessType.SUBPOENA, outcome, false, false, null);
	}

	static RegisterEntry enterprise(String reference, String country, Outcome outcome) {
		return entry(reference, JULY, country, Section.CRIMINAL, ProcessType.SEARCH_WARRANT, outcome, true, false,
				"US");
	}

	static RegisterEntry warrant(String reference, boolean enterprise, Outcome outcome, @Nullable String location) {
		return entry(reference, JULY, "US", Section.CRIMINAL, ProcessType.SEARCH_WARRANT, outcome, enterprise, false,
				location);
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	static RegisterEntry entry(String reference, LocalDate received, String country, Section section, ProcessType type,
			Outcome outcome, boolean enterprise, boolean secrecy, @Nullable String location) {
		return entry(reference, received, country, section, type, outcome, enterprise, secrecy, location,
				"US".equals(country) ? IssuerLevel.FEDERAL : IssuerLevel.FOREIGN);
	}

	@SuppressWarnings("checkstyle:ParameterNumber")
	static RegisterEntry entry(String reference, LocalDate received, String country, Section section, ProcessType type,
			Outcome outcome, boolean enterprise, boolean secrecy, @Nullable String location, IssuerLevel issuer) {
		return new RegisterEntry(reference, received, country, section, type, issuer, 2, outcome, enterprise, secrecy,
				location);
	}

}
