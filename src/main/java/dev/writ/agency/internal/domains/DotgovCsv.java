package dev.writ.agency.internal.domains;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import dev.writ.agency.DomainImportReport.BadRow;
import dev.writ.shared.validation.InvalidInput;

import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * Reads the .gov registry's CSV (cisagov/dotgov-data {@code current-full.csv}: UTF-8, a
 * header row, fields quoted when they hold commas, quotes or line breaks) one record at a
 * time, so a file of any size is read in constant memory. Pure: no database, no Spring.
 */
public final class DotgovCsv {

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setAllowMissingColumnNames(true)
		.setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
		.setIgnoreEmptyLines(true)
		.get();

	private DotgovCsv() {
	}

	/**
	 * Reads every record, handing each usable row or bad row to {@code rows} in file
	 * order.
	 * @throws InvalidInput on field {@code file} when there is no header row naming the
	 * required columns, or the file is not well-formed CSV (e.g. a quote never closed)
	 * @throws UncheckedIOException when the stream cannot be read
	 */
	public static void read(InputStream csv, Rows rows) {
		try (CSVParser parser = FORMAT.parse(withoutByteOrderMark(csv))) {
			DotgovRowCheck check = new DotgovRowCheck(DotgovColumns.of(parser.getHeaderNames()));
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber() - lineBreaksInside(record);
				DotgovRowCheck.Checked checked = check.check(record, line);
				if (checked.isBad()) {
					rows.bad(new BadRow(line, checked.problem()));
				}
				else {
					rows.row(line, checked.row());
				}
			}
		}
		catch (CSVException ex) {
			throw notCsv(ex);
		}
		catch (UncheckedIOException ex) {
			throw (ex.getCause() instanceof CSVException malformed) ? notCsv(malformed) : ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static InvalidInput notCsv(CSVException ex) {
		return new InvalidInput("file", "is not well-formed CSV: " + ex.getMessage() + "; nothing was imported");
	}

	/** The parser counts the line where a record ends; quoted line breaks move it on. */
	private static long lineBreaksInside(CSVRecord record) {
		long breaks = 0;
		for (String value : record) {
			breaks += value.replace("\r\n", "\n").chars().filter(c -> c == '\n' || c == '\r').count();
		}
		return breaks;
	}

	private static Reader withoutByteOrderMark(InputStream csv) throws IOException {
		BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
		reader.mark(1);
		if (reader.read() != '\uFEFF') {
			reader.reset();
		}
		return reader;
	}

	/**
	 * Receives the records of a file in order.
	 */
	public interface Rows {

		/** A usable row, starting on {@code line} (the header is line 1). */
		void row(long line, DotgovRow row);

		void bad(BadRow bad);

	}

}
