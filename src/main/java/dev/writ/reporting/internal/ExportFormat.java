package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import dev.writ.reporting.ReportPeriod;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReports;

/**
 * The layouts a period's report is exported in (docs/transparency.md).
 */
enum ExportFormat {

	/** One row per section and country. */
	CSV("csv", false),
	/** The whole report as one document. */
	JSON("json", false),
	/** A workbook: a sheet per section and one of the period-wide figures. */
	XLSX("xlsx", true),
	/** A printable document with the same tables. */
	PDF("pdf", true),
	/** One row per section, country, process type and metric. */
	LONG_CSV("long-csv", false);

	private final String code;

	private final boolean binary;

	ExportFormat(String code, boolean binary) {
		this.code = code;
		this.binary = binary;
	}

	String code() {
		return this.code;
	}

	/** Binary layouts are written to a file only, never to the terminal. */
	boolean binary() {
		return this.binary;
	}

	static Optional<ExportFormat> of(String code) {
		return Arrays.stream(values()).filter(format -> format.code.equals(code)).findFirst();
	}

	/** "csv, json, ...": every format's code. */
	static String codes() {
		return Arrays.stream(values()).map(ExportFormat::code).collect(Collectors.joining(", "));
	}

	/**
	 * Computes the period's report in this layout and writes it; the stream is left open.
	 */
	void write(TransparencyReports reports, ReportPeriod period, OutputStream out) throws IOException {
		if (this == LONG_CSV) {
			ProcessTypeCounts counts = new ProcessTypeCounts(period);
			reports.entries(period, counts::count);
			text(out, writer -> ReportFormats.longCsv(counts, writer));
			return;
		}
		write(reports.draft(period), out);
	}

	/**
	 * Writes a computed report in this layout (not the long CSV, which counts entries).
	 */
	void write(TransparencyReport report, OutputStream out) throws IOException {
		switch (this) {
			case CSV -> text(out, writer -> ReportFormats.csv(report, writer));
			case JSON -> text(out, writer -> writer.write(ReportFormats.json(report) + "\n"));
			case XLSX -> ReportSpreadsheet.write(report, out);
			case PDF -> ReportPdf.write(report, out);
			case LONG_CSV -> throw new IllegalArgumentException("the long CSV is counted from the entries");
		}
		out.flush();
	}

	private static void text(OutputStream out, TextWriter body) throws IOException {
		Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		body.write(writer);
		writer.flush();
	}

	/** Writes text to a writer it does not close. */
	@FunctionalInterface
	private interface TextWriter {

		void write(Writer writer) throws IOException;

	}

}
