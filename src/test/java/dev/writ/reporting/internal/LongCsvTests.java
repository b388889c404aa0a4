package dev.writ.reporting.internal;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long CSV, read back: one row per period, section, country, process type and metric.
 */
class LongCsvTests {

	@Test
	void the_long_csv_reads_back_with_one_value_per_metric_and_the_country_name() throws Exception {
		// given
		ProcessTypeCounts counts = ExportSamples.counts(ExportSamples.register());
		StringWriter out = new StringWriter();
		// when
		ReportFormats.longCsv(counts, out);
		// then
		List<CSVRecord> records = CSVFormat.DEFAULT.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.get()
			.parse(new StringReader(out.toString()))
			.getRecords();
		assertThat(records.get(0).getParser().getHeaderNames()).isEqualTo(ReportFormats.LONG_CSV_COLUMNS);
		assertThat(records).hasSize(6 * 6);
		CSVRecord rejected = records.stream()
			.filter(row -> row.get("country").equals("DE") && row.get("metric").equals("n_rejected"))
			.findFirst()
			.orElseThrow();
		assertThat(rejected.toList()).containsExactly("2022-H2", "criminal", "DE", "Germany",
				"european_production_order", "n_rejected", "2");
		assertThat(records.get(0).toList()).containsExactly("2022-H2", "criminal", "CI", "Côte d’Ivoire",
				"mlat_request", "requests", "1");
	}

}
