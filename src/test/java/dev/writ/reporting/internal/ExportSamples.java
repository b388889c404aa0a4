package dev.writ.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.shared.legal.ProcessType;

/**
 * A small hand-built register of 2022-H2 for the export tests, and its report.
 */
final class ExportSamples {

	static final ReportPeriod H2_2022 = ReportPeriod.parse("2022-H2");

	static final LocalDate JULY = LocalDate.of(2022, 7, 4);

	private ExportSamples() {
	}

	/**
	 * Criminal: US 3 (content, non-content, pending), DE 2 (rejected, withdrawn), CI 1
	 * (no data); emergency: US 1 (content, secrecy order); civil: US 1 (redirected); one
	 * US demand of June that no report of H2 counts.
	 */
	static List<RegisterEntry> register() {
		return List.of(entry("1", "US", Section.CRIMINAL, ProcessType.SUBPOENA, 3, Outcome.CONTENT),
				entry("2", "US", Section.CRIMINAL, ProcessType.SEARCH_WARRANT, 1, Outcome.NON_CONTENT_ONLY),
				entry("3", "US", Section.CRIMINAL, ProcessType.SEARCH_WARRANT, 2, Outcome.PENDING),
				entry("4", "DE", Section.CRIMINAL, ProcessType.EUROPEAN_PRODUCTION_ORDER, 1, Outcome.REJECTED),
				entry("5", "DE", Section.CRIMINAL, ProcessType.EUROPEAN_PRODUCTION_ORDER, 4, Outcome.WITHDRAWN),
				entry("6", "CI", Section.CRIMINAL, ProcessType.MLAT_REQUEST, 1, Outcome.NO_DATA_FOUND),
				new RegisterEntry("7", JULY, "US", Section.EMERGENCY, ProcessType.EMERGENCY_REQUEST,
						IssuerLevel.FEDERAL, 1, Outcome.CONTENT, true, true, null),
				entry("8", "US", Section.CIVIL, ProcessType.CIVIL_SUBPOENA, 2, Outcome.REDIRECTED_TO_CUSTOMER),
				new RegisterEntry("9", LocalDate.of(2022, 6, 30), "US", Section.CRIMINAL, ProcessType.SUBPOENA,
						IssuerLevel.STATE, 1, Outcome.CONTENT, false, false, null));
	}

	static TransparencyReport report() {
		return report(register());
	}

	static TransparencyReport report(List<RegisterEntry> register) {
		ReportCalculator calculator = new ReportCalculator(H2_2022);
		register.forEach(calculator::count);
		return calculator.report();
	}

	static ProcessTypeCounts counts(List<RegisterEntry> register) {
		ProcessTypeCounts counts = new ProcessTypeCounts(H2_2022);
		register.forEach(counts::count);
		return counts;
	}

	static RegisterEntry entry(String reference, String country, Section section, ProcessType type, int accounts,
			Outcome outcome) {
		IssuerLevel issuer = "US".equals(country) ? IssuerLevel.FEDERAL : IssuerLevel.FOREIGN;
		return new RegisterEntry(reference, JULY, country, section, type, issuer, accounts, outcome, false, false,
				null);
	}

}
