package dev.writ.reporting.internal;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import org.jspecify.annotations.Nullable;

/**
 * Counts a period's demands per section, requesting country and legal process type, for
 * the long CSV layout other providers publish (one row per metric). Outcomes map as in
 * the per-country report: {@link Outcome#endedWithoutDisclosure()} is {@code n_rejected},
 * open demands count in {@code requests} only. Pure, one entry at a time.
 */
final class ProcessTypeCounts {

	/** The long layout's metrics, in the order each group's rows appear. */
	enum Metric {

		REQUESTS, ACCOUNTS_SPECIFIED, N_CONTENT, N_NON_CONTENT, N_NO_DATA_FOUND, N_REJECTED;

		String code() {
			return name().toLowerCase(Locale.ROOT);
		}

	}

	/** One figure: section, country and process type code, metric, value. */
	record Row(Section section, String country, String processType, Metric metric, long value) {

	}

	private final ReportPeriod period;

	/**
	 * Per section, country code, process type code: the counts in {@link Metric} order.
	 */
	private final Map<Section, Map<String, Map<String, long[]>>> counts = new EnumMap<>(Section.class);

	ProcessTypeCounts(ReportPeriod period) {
		this.period = period;
		for (Section section : Section.values()) {
			this.counts.put(section, new TreeMap<>());
		}
	}

	ReportPeriod period() {
		return this.period;
	}

	/** Counts one demand; demands received outside the period are left out. */
	void count(RegisterEntry entry) {
		if (!this.period.contains(entry.receivedDate())) {
			return;
		}
		long[] tally = this.counts.get(entry.section())
			.computeIfAbsent(entry.country(), country -> new TreeMap<>())
			.computeIfAbsent(entry.processType().code(), type -> new long[Metric.values().length]);
		tally[Metric.REQUESTS.ordinal()]++;
		tally[Metric.ACCOUNTS_SPECIFIED.ordinal()] += entry.accountsSpecified();
		Metric outcome = outcome(entry.outcome());
		if (outcome != null) {
			tally[outcome.ordinal()]++;
		}
	}

	/**
	 * Every figure, sorted by section (report order), country code, process type code and
	 * metric; each counted combination has all six metrics, zeros included.
	 */
	List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		this.counts
			.forEach((section, countries) -> countries.forEach((country, types) -> types.forEach((type, tally) -> {
				for (Metric metric : Metric.values()) {
					rows.add(new Row(section, country, type, metric, tally[metric.ordinal()]));
				}
			})));
		return rows;
	}

	private static @Nullable Metric outcome(Outcome outcome) {
		if (outcome == Outcome.CONTENT) {
			return Metric.N_CONTENT;
		}
		if (outcome == Outcome.NON_CONTENT_ONLY) {
			return Metric.N_NON_CONTENT;
		}
		if (outcome == Outcome.NO_DATA_FOUND) {
			return Metric.N_NO_DATA_FOUND;
		}
		return outcome.endedWithoutDisclosure() ? Metric.N_REJECTED : null;
	}

}
