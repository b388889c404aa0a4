package dev.writ.reporting.internal;

import java.util.List;

import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.internal.ProcessTypeCounts.Metric;
import dev.writ.reporting.internal.ProcessTypeCounts.Row;
import dev.writ.shared.legal.ProcessType;
import org.junit.jupiter.api.Test;

import static dev.writ.reporting.internal.ExportSamples.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The long layout's counts per section, country and process type map outcomes as the
 * per-country report does.
 */
class ProcessTypeCountsTests {

	@Test
	void each_process_type_has_its_own_six_metrics_with_outcomes_mapped_as_in_the_report() {
		// given
		var register = ExportSamples.register();
		// when
		List<Row> rows = ExportSamples.counts(register).rows();
		// then
		assertThat(figures(rows, Section.CRIMINAL, "US", "subpoena")).containsExactly(1L, 3L, 1L, 0L, 0L, 0L);
		assertThat(figures(rows, Section.CRIMINAL, "US", "search_warrant")).as("the pending one in requests only")
			.containsExactly(2L, 3L, 0L, 1L, 0L, 0L);
		assertThat(figures(rows, Section.CRIMINAL, "DE", "european_production_order"))
			.as("rejected and withdrawn are n_rejected")
			.containsExactly(2L, 5L, 0L, 0L, 0L, 2L);
		assertThat(figures(rows, Section.CIVIL, "US", "civil_subpoena")).as("redirected is n_rejected")
			.containsExactly(1L, 2L, 0L, 0L, 0L, 1L);
	}

	@Test
	void every_way_of_ending_without_disclosure_counts_as_rejected() {
		// given
		var register = List
			.of(Outcome.REJECTED, Outcome.WITHDRAWN, Outcome.REDIRECTED_TO_CUSTOMER, Outcome.CHALLENGED,
					Outcome.ROUTED_TO_MLAT)
			.stream()
			.map(outcome -> entry(outcome.code(), "FR", Section.CRIMINAL, ProcessType.MLAT_REQUEST, 1, outcome))
			.toList();
		// when
		List<Row> rows = ExportSamples.counts(register).rows();
		// then
		assertThat(figures(rows, Section.CRIMINAL, "FR", "mlat_request")).containsExactly(5L, 5L, 0L, 0L, 0L, 5L);
	}

	@Test
	void rows_are_sorted_by_section_country_process_type_and_metric_and_leave_out_other_periods() {
		// given
		var register = ExportSamples.register();
		// when
		List<Row> rows = ExportSamples.counts(register).rows();
		// then
		assertThat(rows).extracting(row -> row.section().code() + "," + row.country() + "," + row.processType())
			.containsExactly(repeat("criminal,CI,mlat_request", "criminal,DE,european_production_order",
					"criminal,US,search_warrant", "criminal,US,subpoena", "emergency,US,emergency_request",
					"civil,US,civil_subpoena"));
		assertThat(rows.subList(0, 6)).extracting(Row::metric).containsExactly(Metric.values());
		assertThat(rows.stream().filter(row -> row.metric() == Metric.REQUESTS).mapToLong(Row::value).sum())
			.as("the June demand is not counted")
			.isEqualTo(8);
	}

	private static List<Long> figures(List<Row> rows, Section section, String country, String type) {
		return rows.stream()
			.filter(row -> row.section() == section && row.country().equals(country) && row.processType().equals(type))
			.map(Row::value)
			.toList();
	}

	/** Each group six times, once per metric. */
	private static String[] repeat(String... groups) {
		return java.util.Arrays.stream(groups)
			.flatMap(group -> java.util.Collections.nCopies(Metric.values().length, group).stream())
			.toArray(String[]::new);
	}

}
