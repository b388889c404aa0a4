package dev.writ.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.writ.reporting.Countries;
import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.IssuerLevel;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.AbroadFigures;
import dev.writ.reporting.TransparencyReport.CountryRow;
import dev.writ.reporting.TransparencyReport.EnterpriseFigures;
import dev.writ.reporting.TransparencyReport.SecrecyFigures;
import dev.writ.shared.legal.ProcessType;

/**
 * Counts a period's demands into the report, one entry at a time (constant memory in the
 * number of demands). Pure: docs/transparency.md defines every figure, and one test pins
 * each.
 */
final class ReportCalculator {

	static final String US = "US";

	private final ReportPeriod period;

	private final Map<Section, Map<String, Tally>> sections = new EnumMap<>(Section.class);

	private final long[] enterprise = new long[6];

	private long usDemands;

	private long secrecy;

	private long secrecyFederal;

	private long abroadConsumer;

	private long abroadEnterpriseDisclosed;

	private long pending;

	ReportCalculator(ReportPeriod period) {
		this.period = period;
		for (Section section : Section.values()) {
			this.sections.put(section, new TreeMap<>());
		}
	}

	/** Counts one demand; demands received outside the period are left out. */
	void count(RegisterEntry entry) {
		count(entry, 1, entry.accountsSpecified());
	}

	/**
	 * Counts {@code times} demands alike in everything the report looks at, naming
	 * {@code accounts} identifiers between them (a group the database counted).
	 */
	void count(RegisterEntry alike, long times, long accounts) {
		if (!this.period.contains(alike.receivedDate())) {
			return;
		}
		this.sections.get(alike.section())
			.computeIfAbsent(alike.country(), country -> new Tally())
			.add(alike.outcome(), times, accounts);
		countEnterprise(alike, times);
		countSecrecy(alike, times);
		countAbroad(alike, times);
		if (alike.outcome() == Outcome.PENDING) {
			this.pending += times;
		}
	}

	TransparencyReport report() {
		Map<Section, List<CountryRow>> rows = new EnumMap<>(Section.class);
		this.sections.forEach((section, countries) -> {
			List<CountryRow> list = new ArrayList<>();
			countries.forEach((country, tally) -> list.add(tally.row(country)));
			rows.put(section, List.copyOf(list));
		});
		return new TransparencyReport(this.period, rows,
				new EnterpriseFigures(this.enterprise[0], this.enterprise[1], this.enterprise[2], this.enterprise[3],
						this.enterprise[4], this.enterprise[5]),
				new SecrecyFigures(this.secrecy, percent(this.secrecy, this.usDemands), this.secrecyFederal),
				new AbroadFigures(this.abroadConsumer, this.abroadEnterpriseDisclosed), this.pending, null);
	}

	private void countEnterprise(RegisterEntry entry, long times) {
		if (!entry.enterprise()) {
			return;
		}
		Outcome outcome = entry.outcome();
		this.enterprise[0] += times;
		this.enterprise[1] += (outcome.endedWithoutDisclosure() || outcome == Outcome.NO_DATA_FOUND) ? times : 0;
		this.enterprise[2] += outcome.disclosed() ? times : 0;
		this.enterprise[3] += (outcome == Outcome.CONTENT) ? times : 0;
		this.enterprise[4] += (outcome == Outcome.NON_CONTENT_ONLY) ? times : 0;
		this.enterprise[5] += (outcome == Outcome.CONTENT && US.equals(entry.country())) ? times : 0;
	}

	private void countSecrecy(RegisterEntry entry, long times) {
		if (!US.equals(entry.country())) {
			return;
		}
		this.usDemands += times;
		if (entry.secrecyOrder()) {
			this.secrecy += times;
			this.secrecyFederal += (entry.issuerLevel() == IssuerLevel.FEDERAL) ? times : 0;
		}
	}

	/** A US warrant seeks content stored abroad when its data location is not the US. */
	private void countAbroad(RegisterEntry entry, long times) {
		boolean usWarrantAbroad = US.equals(entry.country()) && entry.processType() == ProcessType.SEARCH_WARRANT
				&& entry.dataLocation() != null && !US.equals(entry.dataLocation());
		if (!usWarrantAbroad) {
			return;
		}
		if (!entry.enterprise()) {
			this.abroadConsumer += times;
		}
		else if (entry.outcome() == Outcome.CONTENT) {
			this.abroadEnterpriseDisclosed += times;
		}
	}

	/** A share in percent with two decimals, half up; of nothing, zero. */
	static BigDecimal percent(long part, long whole) {
		if (whole == 0) {
			return BigDecimal.ZERO.setScale(2);
		}
		return BigDecimal.valueOf(part * 100L).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP);
	}

	/** One country's counts in one section. */
	private static final class Tally {

		private long requests;

		private long accounts;

		private long content;

		private long nonContent;

		private long noData;

		private long rejected;

		void add(Outcome outcome, long times, long accountsNamed) {
			this.requests += times;
			this.accounts += accountsNamed;
			switch (outcome) {
				case CONTENT -> this.content += times;
				case NON_CONTENT_ONLY -> this.nonContent += times;
				case NO_DATA_FOUND -> this.noData += times;
				case PENDING -> {
				}
				default -> this.rejected += times;
			}
		}

		CountryRow row(String country) {
			return new CountryRow(country, Countries.name(country), this.requests, this.accounts, this.content,
					percent(this.content, this.requests), this.nonContent, percent(this.nonContent, this.requests),
					this.noData, percent(this.noData, this.requests), this.rejected,
					percent(this.rejected, this.requests));
		}

	}

}
