package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.CountryRow;
import dev.writ.reporting.internal.PeriodFigures.Figure;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The report as a PDF: the title, per section a table of the per-country rows (its header
 * repeated on every page the table runs onto), then the period-wide figures.
 */
final class ReportPdf {

	static final String TITLE = "Transparency report ";

	private static final float SIZE = 8.5f;

	private static final float LINE = 13;

	private static final float COUNTRY_WIDTH = 180;

	private static final float COLUMN = 58;

	private static final List<String> HEADER = List.of("Requests", "Accounts", "Content", "%", "Non-content", "%",
			"No data", "%", "Rejected", "%");

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

	private final TransparencyReport report;

	private final PdfCanvas canvas;

	private ReportPdf(TransparencyReport report, PdfCanvas canvas) {
		this.report = report;
		this.canvas = canvas;
	}

	/** Writes the document; the stream is left open. */
	static void write(TransparencyReport report, OutputStream out) {
		try (PDDocument document = new PDDocument()) {
			PdfCanvas canvas = new PdfCanvas(document);
			new ReportPdf(report, canvas).render();
			canvas.finish();
			canvas.footers(TITLE + report.period());
			document.save(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void render() throws IOException {
		this.canvas.newPage();
		this.canvas.down(10);
		this.canvas.text(this.canvas.bold, 18, PdfCanvas.MARGIN, TITLE + this.report.period());
		this.canvas.down(18);
		String status = (this.report.commitment() != null) ? "Published, commitment " + this.report.commitment()
				: "Draft, not published";
		this.canvas.text(this.canvas.regular, 10, PdfCanvas.MARGIN,
				"Demands received from " + this.report.period().first().format(DAY) + " to "
						+ this.report.period().last().format(DAY) + ". " + status + ".");
		for (Section section : Section.values()) {
			section(heading(section), this.report.sections().get(section));
		}
		periodWide(PeriodFigures.of(this.report));
	}

	private void section(String heading, List<CountryRow> rows) throws IOException {
		heading(heading, 3 * LINE);
		if (rows.isEmpty()) {
			this.canvas.down(LINE);
			this.canvas.text(this.canvas.regular, SIZE, PdfCanvas.MARGIN, "No demands in this period.");
			return;
		}
		tableHeader();
		for (CountryRow row : rows) {
			if (!this.canvas.fits(LINE)) {
				heading(heading + " (continued)", 3 * LINE);
				tableHeader();
			}
			this.canvas.down(LINE);
			String country = row.countryName() + " (" + row.country() + ")";
			this.canvas.text(this.canvas.regular, SIZE, PdfCanvas.MARGIN,
					this.canvas.fit(this.canvas.regular, SIZE, COUNTRY_WIDTH - 6, country));
			cells(List.of(count(row.requests()), count(row.accountsSpecified()), count(row.content()),
					share(row.pctContent()), count(row.nonContent()), share(row.pctNonContent()),
					count(row.noDataFound()), share(row.pctNoDataFound()), count(row.rejected()),
					share(row.pctRejected())));
		}
	}

	private void periodWide(List<Figure> figures) throws IOException {
		heading("Period-wide figures", 2 * LINE);
		for (Figure figure : figures) {
			if (!this.canvas.fits(LINE)) {
				heading("Period-wide figures (continued)", 2 * LINE);
			}
			this.canvas.down(LINE);
			this.canvas.text(this.canvas.regular, SIZE, PdfCanvas.MARGIN, figure.meaning());
			String value = figure.share() ? share((BigDecimal) figure.value()) : count(figure.value().longValue());
			this.canvas.textRight(this.canvas.regular, SIZE, PdfCanvas.MARGIN + 420, value);
		}
	}

	/** A heading, on a new page unless it and the block after it fit on this one. */
	private void heading(String text, float following) throws IOException {
		if (!this.canvas.fits(2 * LINE + following)) {
			this.canvas.newPage();
		}
		else {
			this.canvas.down(LINE);
		}
		this.canvas.down(LINE + 4);
		this.canvas.text(this.canvas.bold, 13, PdfCanvas.MARGIN, text);
	}

	private void tableHeader() throws IOException {
		this.canvas.down(LINE + 2);
		this.canvas.text(this.canvas.bold, SIZE, PdfCanvas.MARGIN, "Country");
		for (int i = 0; i < HEADER.size(); i++) {
			this.canvas.textRight(this.canvas.bold, SIZE, right(i), HEADER.get(i));
		}
		this.canvas.rule(PdfCanvas.MARGIN, right(HEADER.size() - 1));
		this.canvas.down(2);
	}

	private void cells(List<String> values) throws IOException {
		for (int i = 0; i < values.size(); i++) {
			this.canvas.textRight(this.canvas.regular, SIZE, right(i), values.get(i));
		}
	}

	private static float right(int column) {
		return PdfCanvas.MARGIN + COUNTRY_WIDTH + (column + 1) * COLUMN;
	}

	private static String heading(Section section) {
		return switch (section) {
			case CRIMINAL -> "Criminal law-enforcement demands";
			case EMERGENCY -> "Emergency requests";
			case CIVIL -> "Civil demands";
		};
	}

	private static String count(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

	private static String share(BigDecimal value) {
		return value.toPlainString();
	}

}
