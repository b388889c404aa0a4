package dev.writ.reporting;

import java.io.OutputStream;

import org.springframework.http.MediaType;

/**
 * The report in a text format, for downloads.
 */
public interface ReportDocuments {

	/**
	 * Writes the report as {@code csv} or {@code json}; the stream is left open.
	 * @return the media type written
	 * @throws dev.writ.shared.validation.InvalidInput on field {@code format} for any
	 * other
	 */
	MediaType write(TransparencyReport report, String format, OutputStream out);

}
