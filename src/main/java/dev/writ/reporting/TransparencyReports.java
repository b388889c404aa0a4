package dev.writ.reporting;

/**
 * Computing the transparency report of a period from the register.
 */
public interface TransparencyReports {

	/** The period's report as the register stands now (a draft: no commitment). */
	TransparencyReport draft(ReportPeriod period);

	/**
	 * Every demand the period's report counts, one at a time, in no particular order: the
	 * imported register's rows and Writ's own demands.
	 */
	void entries(ReportPeriod period, java.util.function.Consumer<RegisterEntry> entries);

}
