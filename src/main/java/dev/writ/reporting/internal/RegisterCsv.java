package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import dev.writ.reporting.RegisterEntry;
import dev.writ.shared.validation.InvalidInput;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a historical register (one row per demand, the columns of {@link #COLUMNS}) one
 * record at a time, so a file of any size is read in constant memory. Pure: no database.
 */
final class RegisterCsv {

	/** The columns a register must have, in any order. */
	static final List<String> COLUMNS = List.of("reference", "received_date", "country", "section", "process_type",
			"issuer_level", "accounts_specified", "outcome", "enterprise", "secrecy_order", "data_location");

	private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.setTrim(true)
		.get();

	private RegisterCsv() {
	}

	/**
	 * Reads every record, handing each entry or bad row to {@code rows} in file order.
	 * @throws InvalidInput on field {@code file} when the header lacks a column or the
	 * file is not well-formed CSV
	 */
	static void read(InputStream csv, Rows rows) {
		try (Reader reader = new InputStreamReader(csv, StandardCharsets.UTF_8);
				CSVParser parser = FORMAT.parse(reader)) {
			checkHeader(parser.getHeaderNames());
			for (CSVRecord record : parser) {
				long line = parser.getCurrentLineNumber();
				try {
					rows.entry(RegisterRow.parse(record));
				}
				catch (InvalidInput bad) {
					rows.bad(line, bad.field() + ": " + bad.problem());
				}
			}
		}
		catch (CSVException ex) {
			throw new InvalidInput("file", "is not well-formed CSV: " + ex.getMessage());
		}
		catch (UncheckedIOException ex) {
			if (ex.getCause() instanceof CSVException malformed) {
				throw new InvalidInput("file", "is not well-formed CSV: " + malformed.getMessage());
			}
			throw ex;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void checkHeader(List<String> header) {
		List<String> missing = COLUMNS.stream().filter(column -> !header.contains(column)).toList();
		InvalidInput.require(missing.isEmpty(), "file", "has no column " + String.join(", ", missing)
				+ " in its header; expected " + String.join(",", COLUMNS));
	}

	/** Where the records go. */
	interface Rows {

		void entry(RegisterEntry entry);

		void bad(long line, String problem);

	}

}
