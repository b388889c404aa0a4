package dev.writ.reporting.internal;

import java.util.function.Consumer;

import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReports;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports computed in one pass over the period's register rows.
 */
@Service
class ReportService implements TransparencyReports {

	private final RegisterStore register;

	private final LiveDemands live;

	ReportService(RegisterStore register, LiveDemands live) {
		this.register = register;
		this.live = live;
	}

	@Override
	@Transactional(readOnly = true)
	public TransparencyReport draft(ReportPeriod period) {
		ReportCalculator calculator = new ReportCalculator(period);
		// the database counts the imported register in groups; Writ's own demands one by
		// one
		this.register.groups(period.first(), period.last(), calculator::count);
		this.live.received(period, calculator::count);
		return calculator.report();
	}

	@Override
	@Transactional(readOnly = true)
	public void entries(ReportPeriod period, Consumer<RegisterEntry> entries) {
		this.register.received(period.first(), period.last(), entries);
		this.live.received(period, entries);
	}

}
