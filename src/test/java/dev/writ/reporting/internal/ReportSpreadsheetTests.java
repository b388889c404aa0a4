package dev.writ.reporting.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The XLSX report, read back with POI: a sheet per section with numeric cells, and the
 * period-wide figures.
 */
class ReportSpreadsheetTests {

	@Test
	void each_section_has_its_sheet_with_the_csv_columns_and_numbers_as_numeric_cells() throws Exception {
		// given
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		ReportSpreadsheet.write(ExportSamples.report(), out);
		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			assertThat(workbook).extracting(Sheet::getSheetName)
				.containsExactly("criminal", "emergency", "civil", "Period-wide");
			Sheet criminal = workbook.getSheet("criminal");
			assertThat(criminal.getRow(0)).extracting(cell -> cell.getStringCellValue())
				.containsExactlyElementsOf(ReportSpreadsheet.COLUMNS);
			assertThat(criminal.getLastRowNum()).as("CI, DE, US").isEqualTo(3);
			Row us = criminal.getRow(3);
			assertThat(us.getCell(0).getStringCellValue()).isEqualTo("US");
			assertThat(us.getCell(1).getStringCellValue()).isEqualTo("United States");
			assertThat(us.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
			assertThat(us.getCell(2).getNumericCellValue()).as("requests").isEqualTo(3);
			assertThat(us.getCell(3).getNumericCellValue()).as("accounts").isEqualTo(6);
			assertThat(us.getCell(5).getNumericCellValue()).as("pct_content").isEqualTo(33.33);
			assertThat(new DataFormatter().formatCellValue(us.getCell(9))).as("pct_no_data_found").isEqualTo("0.00");
			assertThat(workbook.getSheet("civil").getRow(1).getCell(10).getNumericCellValue()).as("rejected")
				.isEqualTo(1);
		}
	}

	@Test
	void the_period_wide_sheet_has_a_label_and_a_value_per_figure() throws Exception {
		// given
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		// when
		ReportSpreadsheet.write(ExportSamples.report(), out);
		// then
		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			Sheet sheet = workbook.getSheet(ReportSpreadsheet.PERIOD_WIDE);
			assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("figure");
			assertThat(value(sheet, "enterprise.requests")).isEqualTo(1);
			assertThat(value(sheet, "enterprise.content_to_us_agencies")).isEqualTo(1);
			assertThat(value(sheet, "secrecy_orders.count")).isEqualTo(1);
			assertThat(value(sheet, "secrecy_orders.pct_of_us_demands")).as("1 of 5 US demands").isEqualTo(20.00);
			assertThat(value(sheet, "content_stored_abroad.us_warrants_consumer_content_outside_us")).isZero();
			assertThat(value(sheet, "pending")).isEqualTo(1);
		}
	}

	private static double value(Sheet sheet, String label) {
		for (Row row : sheet) {
			if (row.getCell(0).getStringCellValue().equals(label)) {
				return row.getCell(1).getNumericCellValue();
			}
		}
		throw new AssertionError("no row " + label);
	}

}
