package dev.writ.reporting;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.writ.shared.validation.InvalidInput;

/**
 * A half year of the report, by date received: H1 is 1 January to 30 June, H2 is 1 July
 * to 31 December.
 */
public record ReportPeriod(int year, int half) {

	private static final Pattern FORMAT = Pattern.compile("(\\d{4})-H([12])");

	public ReportPeriod {
		InvalidInput.require(half == 1 || half == 2, "period", "the half is H1 or H2");
	}

	/**
	 * Parses {@code 2022-H2}.
	 * @throws InvalidInput naming the expected form
	 */
	public static ReportPeriod parse(String text) {
		Matcher matcher = FORMAT.matcher(text.trim());
		if (!matcher.matches()) {
			throw new InvalidInput("period", "'" + text + "' is not a period like 2022-H2 (H1: Jan-Jun, H2: Jul-Dec)");
		}
		return new ReportPeriod(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
	}

	public LocalDate first() {
		return LocalDate.of(this.year, (this.half == 1) ? 1 : 7, 1);
	}

	public LocalDate last() {
		return (this.half == 1) ? LocalDate.of(this.year, 6, 30) : LocalDate.of(this.year, 12, 31);
	}

	public boolean contains(LocalDate day) {
		return !day.isBefore(first()) && !day.isAfter(last());
	}

	@Override
	public String toString() {
		return this.year + "-H" + this.half;
	}

}
