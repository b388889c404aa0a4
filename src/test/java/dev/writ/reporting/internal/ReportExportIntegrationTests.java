package dev.writ.reporting.internal;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import dev.writ.testing.WritIntegrationTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The report command writes an imported register's period as XLSX, PDF and long CSV files
 * that read back with the imported figures.
 */
@WritIntegrationTest
class ReportExportIntegrationTests {

	static final String HEADER = "reference,received_date,country,section,process_type,issuer_level,"
			+ "accounts_specified,outcome,enterprise,secrecy_order,data_location\n";

	/** A period no other test imports into. */
	static final String PERIOD = "2016-H1";

	@Autowired
	RegisterImportCommand importCommand;

	@Autowired
	ReportCommand reportCommand;

	@Test
	void the_command_writes_the_period_as_xlsx_pdf_and_long_csv_files_that_read_back(@TempDir Path dir)
			throws Exception {
		// given
		String prefix = "X" + UUID.randomUUID().toString().substring(0, 8) + "-";
		Path register = dir.resolve("register.csv");
		Files.writeString(register,
				HEADER + prefix + "1,2016-03-01,NZ,civil,civil_subpoena,foreign,4," + "no_data_found,false,false,\n"
						+ prefix + "2,2016-03-02,NZ,civil,civil_subpoena,foreign,1," + "content,false,false,\n");
		Path xlsx = dir.resolve("report.xlsx");
		Path pdf = dir.resolve("report.pdf");
		Path longCsv = dir.resolve("report-long.csv");
		// when
		int imported = this.importCommand.run(List.of(register.toString()), quiet(), quiet());
		List<Integer> exits = List.of(run("xlsx", xlsx), run("pdf", pdf), run("long-csv", longCsv));
		// then
		assertThat(imported).isZero();
		assertThat(exits).containsOnly(0);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(xlsx))) {
			Sheet civil = workbook.getSheet("civil");
			Row nz = civil.getRow(1);
			assertThat(nz.getCell(1).getStringCellValue()).isEqualTo("New Zealand");
			assertThat(nz.getCell(2).getNumericCellValue()).as("requests").isGreaterThanOrEqualTo(2);
			assertThat(workbook.getSheet("Period-wide")).isNotNull();
		}
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			assertThat(new PDFTextStripper().getText(document)).contains("Transparency report " + PERIOD,
					"New Zealand (NZ)");
		}
		assertThat(Files.readAllLines(longCsv)).first().isEqualTo(String.join(",", ReportFormats.LONG_CSV_COLUMNS));
		assertThat(Files.readAllLines(longCsv))
			.anyMatch(line -> line.startsWith(PERIOD + ",civil,NZ,New Zealand," + "civil_subpoena,requests,"));
	}

	@Test
	void a_pdf_without_an_output_file_exits_2_saying_it_needs_one() {
		// given
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		// when
		int exit = this.reportCommand.run(List.of(PERIOD, "--format", "pdf"), quiet(),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		// then
		assertThat(exit).isEqualTo(2);
		assertThat(err.toString(StandardCharsets.UTF_8)).contains("--out: pdf is written to a file only",
				"usage: report PERIOD --format csv|json|xlsx|pdf|long-csv");
	}

	private int run(String format, Path file) {
		return this.reportCommand.run(List.of(PERIOD, "--format", format, "--out", file.toString()), quiet(), quiet());
	}

	private static PrintStream quiet() {
		return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
	}

}
