package dev.writ.reporting;

/**
 * Computing the transparency report of a period from the register.
 */
public interface TransparencyReports {

	/** The period's report as the register stands now (a draft: no commitment). */
	TransparencyReport draft(ReportPeriod period);

}
