package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Map;

import dev.writ.reporting.ReportDocuments;
import dev.writ.reporting.TransparencyReport;
import dev.writ.shared.validation.InvalidInput;

import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The report as CSV or JSON, written by the same {@link ExportFormat} as the command
 * line.
 */
@Component
class TextReportDocuments implements ReportDocuments {

	private static final Map<String, MediaType> TYPES = Map.of(ExportFormat.CSV.code(),
			MediaType.parseMediaType("text/csv"), ExportFormat.JSON.code(), MediaType.APPLICATION_JSON);

	@Override
	public MediaType write(TransparencyReport report, String format, OutputStream out) {
		MediaType type = TYPES.get(format);
		if (type == null) {
			throw new InvalidInput("format", "'" + format + "' is not csv or json");
		}
		try {
			ExportFormat.of(format).orElseThrow().write(report, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return type;
	}

}
