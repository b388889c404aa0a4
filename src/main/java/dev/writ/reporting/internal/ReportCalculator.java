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
		if (!this.period.contains(entry.receivedDate())) {
			return;
		}
		this.sections.get(entry.section()).computeIfAbsent(entry.country(), country -> new Tally()).add(entry);
		countEnterprise(entry);
		countSecrecy(entry);
		countAbroad(entry);
		if (entry.outcome() == Outcome.PENDING) {
			this.pending++;
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

	private void countEnterprise(RegisterEntry entry) {
		if (!entry.enterprise()) {
			return;
		}
		Outcome outcome = entry.outcome();
		this.enterprise[0]++;
		this.enterprise[1] += (outcome.endedWithoutDisclosure() || outcome == Outcome.NO_DATA_FOUND) ? 1 : 0;
		this.enterprise[2] += outcome.disclosed() ? 1 : 0;
		this.enterprise[3] += (outcome == Outcome.CONTENT) ? 1 : 0;
		this.enterprise[4] += (outcome == Outcome.NON_CONTENT_ONLY) ? 1 : 0;
		this.enterprise[5] += (outcome == Outcome.CONTENT && US.equals(entry.country())) ? 1 : 0;
	}

	private void countSecrecy(RegisterEntry entry) {
		if (!US.equals(entry.country())) {
			return;
		}
		this.usDemands++;
		if (entry.secrecyOrder()) {
			this.secrecy++;
			this.secrecyFederal += (entry.issuerLevel() == IssuerLevel.FEDERAL) ? 1 : 0;
		}
	}

	/** A US warrant seeks content stored abroad when its data location is not the US. */
	private void countAbroad(RegisterEntry entry) {
		boolean usWarrantAbroad = US.equals(entry.country()) && entry.processType() == ProcessType.SEARCH_WARRANT
				&& entry.dataLocation() != null && !US.equals(entry.dataLocation());
		if (!usWarrantAbroad) {
			return;
		}
		if (!entry.enterprise()) {
			this.abroadConsumer++;
		}
		else if (entry.outcome() == Outcome.CONTENT) {
			this.abroadEnterpriseDisclosed++;
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

		void add(RegisterEntry entry) {
			this.requests++;
			this.accounts += entry.accountsSpecified();
			switch (entry.outcome()) {
				case CONTENT -> this.content++;
				case NON_CONTENT_ONLY -> this.nonContent++;
				case NO_DATA_FOUND -> this.noData++;
				case PENDING -> {
				}
				default -> this.rejected++;
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
