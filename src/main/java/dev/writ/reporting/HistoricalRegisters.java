package dev.writ.reporting;

import java.io.InputStream;
import java.util.List;

/**
 * Historical registers providers bring with them: imported once, counted in every report
 * beside Writ's own demands.
 */
public interface HistoricalRegisters {

	/**
	 * Imports a register CSV in one transaction: every row, or, when any row is bad,
	 * none.
	 * @return how many rows were imported
	 * @throws RegisterRefused listing every bad row with its line number and reason
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code file} when the file
	 * is not a register (a column missing, not CSV)
	 */
	long importCsv(InputStream csv, String source, String actor);

	/** A register with bad rows: nothing of it was imported. */
	final class RegisterRefused extends RuntimeException {

		private static final long serialVersionUID = 1L;

		/** The first bad rows shown; the count says how many there were in all. */
		public static final int SHOWN = 1000;

		private final transient List<String> badRows;

		private final long badCount;

		public RegisterRefused(List<String> badRows, long badCount) {
			super(badCount + " bad row(s); nothing was imported");
			this.badRows = List.copyOf(badRows);
			this.badCount = badCount;
		}

		/** "line N: column: problem", at most {@link #SHOWN}. */
		public List<String> badRows() {
			return this.badRows;
		}

		public long badCount() {
			return this.badCount;
		}

	}

}
