package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;

import dev.writ.reporting.ReportDocuments;
import dev.writ.reporting.TransparencyReport;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as CSV or JSON, the same as the command line writes.
 */
@Component
class TextReportDocuments implements ReportDocuments {

	@Override
	public MediaType write(TransparencyReport report, String format, Writer out) {
		switch (format) {
			case "csv" -> {
				ReportFormats.csv(report, out);
				return MediaType.parseMediaType("text/csv");
			}
			case "json" -> {
				try {
					out.write(ReportFormats.json(report));
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
				return MediaType.APPLICATION_JSON;
			}
			default -> throw new InvalidInput("format", "'" + format + "' is not csv or json");
		}
	}

}
