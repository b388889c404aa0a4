package dev.writ.reporting.internal;

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

	ReportService(RegisterStore register) {
		this.register = register;
	}

	@Override
	@Transactional(readOnly = true)
	public TransparencyReport draft(ReportPeriod period) {
		ReportCalculator calculator = new ReportCalculator(period);
		this.register.received(period.first(), period.last(), calculator::count);
		return calculator.report();
	}

}
