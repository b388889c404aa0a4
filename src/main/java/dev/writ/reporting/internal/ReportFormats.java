package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.writ.reporting.Countries;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.CountryRow;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report in its published layouts: the per-country CSV and the JSON document
 * (docs/transparency.md).
 */
final class ReportFormats {

	/** The per-country CSV's columns. */
	static final List<String> CSV_COLUMNS = List.of("section", "country", "country_name", "requests",
			"accounts_specified", "n_content", "pct_content", "n_non_content", "pct_non_content", "n_no_data_found",
			"pct_no_data_found", "n_rejected", "pct_rejected");

	/**
	 * The long CSV's columns: one row per period, section, country, process type and
	 * metric.
	 */
	static final List<String> LONG_CSV_COLUMNS = List.of("period", "section", "country", "country_name", "process_type",
			"metric", "value");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportFormats() {
	}

	/** One row per section and country, sorted by section then country. */
	static void csv(TransparencyReport report, Writer out) {
		try {
			// not closed: the writer belongs to the caller
			CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setHeader(CSV_COLUMNS.toArray(String[]::new))
				.setRecordSeparator("\n")
				.get()
				.print(out);
			for (Section section : Section.values()) {
				for (CountryRow row : report.sections().get(section)) {
					printer.printRecord(section.code(), row.country(), row.countryName(), row.requests(),
							row.accountsSpecified(), row.content(), row.pctContent(), row.nonContent(),
							row.pctNonContent(), row.noDataFound(), row.pctNoDataFound(), row.rejected(),
							row.pctRejected());
				}
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The long layout other providers publish: one row per section, country, process type
	 * and metric, in the order of {@link ProcessTypeCounts#rows()}.
	 */
	static void longCsv(ProcessTypeCounts counts, Writer out) {
		try {
			// not closed: the writer belongs to the caller
			CSVPrinter printer = CSVFormat.DEFAULT.builder()
				.setHeader(LONG_CSV_COLUMNS.toArray(String[]::new))
				.setRecordSeparator("\n")
				.get()
				.print(out);
			String period = counts.period().toString();
			for (ProcessTypeCounts.Row row : counts.rows()) {
				printer.printRecord(period, row.section().code(), row.country(), Countries.name(row.country()),
						row.processType(), row.metric().code(), row.value());
			}
			printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String json(TransparencyReport report) {
		return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree(report));
	}

	static Map<String, Object> tree(TransparencyReport report) {
		Map<String, Object> json = new LinkedHashMap<>();
		json.put("period", report.period().toString());
		Map<String, Object> sections = new LinkedHashMap<>();
		for (Section section : Section.values()) {
			sections.put(section.code(), report.sections().get(section).stream().map(ReportFormats::row).toList());
		}
		json.put("sections", sections);
		var e = report.enterprise();
		json.put("enterprise",
				ordered("requests", e.requests(), "without_disclosure", e.withoutDisclosure(), "compelled",
						e.compelled(), "content", e.content(), "non_content_only", e.nonContentOnly(),
						"content_to_us_agencies", e.contentToUsAgencies()));
		var s = report.secrecyOrders();
		json.put("secrecy_orders",
				ordered("count", s.count(), "pct_of_us_demands", s.pctOfUsDemands(), "federal", s.federal()));
		var a = report.contentStoredAbroad();
		json.put("content_stored_abroad",
				ordered("us_warrants_consumer_content_outside_us", a.usWarrantsConsumerContentOutsideUs(),
						"us_warrants_enterprise_content_disclosed_outside_us",
						a.usWarrantsEnterpriseContentDisclosedOutsideUs()));
		json.put("pending", report.pending());
		json.put("commitment", report.commitment());
		return json;
	}

	private static Map<String, Object> row(CountryRow row) {
		return ordered("country", row.country(), "country_name", row.countryName(), "requests", row.requests(),
				"accounts_specified", row.accountsSpecified(), "n_content", row.content(), "pct_content",
				row.pctContent(), "n_non_content", row.nonContent(), "pct_non_content", row.pctNonContent(),
				"n_no_data_found", row.noDataFound(), "pct_no_data_found", row.pctNoDataFound(), "n_rejected",
				row.rejected(), "pct_rejected", row.pctRejected());
	}

	private static Map<String, Object> ordered(Object... keysAndValues) {
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i < keysAndValues.length; i += 2) {
			map.put((String) keysAndValues[i], keysAndValues[i + 1]);
		}
		return map;
	}

}
