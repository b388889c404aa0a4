package dev.writ.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.writ.reporting.RegisterEntry;
import dev.writ.reporting.RegisterEntry.Outcome;
import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.shared.legal.ProcessType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import static dev.writ.reporting.internal.ExportSamples.entry;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF report, its text extracted with PDFBox: title, per-country tables, period-wide
 * figures, pages.
 */
class ReportPdfTests {

	@Test
	void the_pdf_has_the_title_the_country_rows_and_the_period_wide_figures() throws Exception {
		// given
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		ReportPdf.write(ExportSamples.report(), out);
		// then
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			String text = new PDFTextStripper().getText(pdf);
			assertThat(text).contains("Transparency report 2022-H2", "Criminal law-enforcement demands",
					"Emergency requests", "Civil demands", "Period-wide figures");
			assertThat(text).contains("Germany (DE) 2 5 0 0.00 0 0.00 0 0.00 2 100.00");
			assertThat(text).contains("United States (US) 3 6 1 33.33 1 33.33 0 0.00 0 0.00");
			assertThat(text).contains("Côte d’Ivoire (CI)");
			assertThat(text).contains("Share of all US demands (%) 20.00", "Enterprise demands 1");
			assertThat(text).contains("page 1 of 1");
		}
	}

	@Test
	void a_long_report_runs_onto_more_pages_repeating_the_table_header() throws Exception {
		// given
		List<RegisterEntry> register = new ArrayList<>();
		for (String country : Locale.getISOCountries()) {
			register.add(entry(country, country, Section.CRIMINAL, ProcessType.SUBPOENA, 1, Outcome.CONTENT));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		ReportPdf.write(ExportSamples.report(register), out);
		// then
		try (PDDocument pdf = Loader.loadPDF(out.toByteArray())) {
			assertThat(pdf.getNumberOfPages()).isGreaterThan(5);
			PDFTextStripper lastPage = new PDFTextStripper();
			lastPage.setStartPage(3);
			lastPage.setEndPage(3);
			assertThat(lastPage.getText(pdf)).contains("Criminal law-enforcement demands (continued)", "Requests",
					"page 3 of " + pdf.getNumberOfPages());
			assertThat(new PDFTextStripper().getText(pdf)).contains("Zimbabwe (ZW) 1 1 1 100.00");
		}
	}

	@Test
	void characters_the_font_cannot_encode_lose_their_accent_or_become_a_question_mark() {
		// given
		var helvetica = new PDType1Font(FontName.HELVETICA);
		// when
		String text = PdfCanvas.encodable(helvetica, "Šárka Łódź ☃");
		// then
		assertThat(text).isEqualTo("Šárka ?ódz ?");
	}

}
