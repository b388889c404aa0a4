package dev.writ.agency;

import java.util.List;

/**
 * What an import of official domains did: every data row read is counted once, as
 * inserted, updated, unchanged or bad.
 *
 * @param fileName the file imported
 * @param read data rows read (the header row not included)
 * @param badRows rows skipped, in file order
 */
public record DomainImportReport(String fileName, int read, int inserted, int updated, int unchanged,
		List<BadRow> badRows) {

	public DomainImportReport {
		badRows = List.copyOf(badRows);
	}

	public int bad() {
		return this.badRows.size();
	}

	/**
	 * One line, e.g.
	 * {@code dotgov.csv: 3 rows read: 1 inserted, 1 updated, 0 unchanged, 1 bad}.
	 */
	public String summary() {
		return "%s: %d rows read: %d inserted, %d updated, %d unchanged, %d bad".formatted(this.fileName, this.read,
				this.inserted, this.updated, this.unchanged, bad());
	}

	/**
	 * A row the import skipped.
	 *
	 * @param line the line of the file where the row starts, the header being line 1
	 * @param reason what is wrong with it, in words a person can act on
	 */
	public record BadRow(long line, String reason) {

		@Override
		public String toString() {
			return "line " + this.line + ": " + this.reason;
		}

	}

}
