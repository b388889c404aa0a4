package dev.writ.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;

import dev.writ.reporting.RegisterEntry.Section;
import dev.writ.reporting.TransparencyReport;
import dev.writ.reporting.TransparencyReport.CountryRow;
import dev.writ.reporting.internal.PeriodFigures.Figure;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The report as an XLSX workbook: one sheet per section with the per-country CSV's
 * columns (counts as numbers, shares as numbers shown with two decimals), and a sheet
 * "Period-wide" with the period-wide figures. Written streaming (SXSSF).
 */
final class ReportSpreadsheet {

	/** The sheet of the period-wide figures. */
	static final String PERIOD_WIDE = "Period-wide";

	/** A section sheet's columns: the per-country CSV's, without the section. */
	static final List<String> COLUMNS = ReportFormats.CSV_COLUMNS.subList(1, ReportFormats.CSV_COLUMNS.size());

	private static final int ROWS_IN_MEMORY = 100;

	private final SXSSFWorkbook workbook;

	private final CellStyle header;

	private final CellStyle share;

	private ReportSpreadsheet(SXSSFWorkbook workbook) {
		this.workbook = workbook;
		this.header = workbook.createCellStyle();
		Font bold = workbook.createFont();
		bold.setBold(true);
		this.header.setFont(bold);
		this.share = workbook.createCellStyle();
		this.share.setDataFormat(workbook.createDataFormat().getFormat("0.00"));
	}

	/** Writes the workbook; the stream is left open. */
	static void write(TransparencyReport report, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
			ReportSpreadsheet spreadsheet = new ReportSpreadsheet(workbook);
			for (Section section : Section.values()) {
				spreadsheet.section(section.code(), report.sections().get(section));
			}
			spreadsheet.periodWide(PeriodFigures.of(report));
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private void section(String name, List<CountryRow> rows) {
		Sheet sheet = this.workbook.createSheet(name);
		headerRow(sheet, COLUMNS);
		sheet.setColumnWidth(1, 32 * 256);
		sheet.createFreezePane(0, 1);
		int index = 1;
		for (CountryRow row : rows) {
			Row cells = sheet.createRow(index++);
			cells.createCell(0).setCellValue(row.country());
			cells.createCell(1).setCellValue(row.countryName());
			number(cells, 2, row.requests());
			number(cells, 3, row.accountsSpecified());
			number(cells, 4, row.content());
			share(cells, 5, row.pctContent());
			number(cells, 6, row.nonContent());
			share(cells, 7, row.pctNonContent());
			number(cells, 8, row.noDataFound());
			share(cells, 9, row.pctNoDataFound());
			number(cells, 10, row.rejected());
			share(cells, 11, row.pctRejected());
		}
	}

	private void periodWide(List<Figure> figures) {
		Sheet sheet = this.workbook.createSheet(PERIOD_WIDE);
		headerRow(sheet, List.of("figure", "value", "meaning"));
		sheet.setColumnWidth(0, 64 * 256);
		sheet.setColumnWidth(2, 80 * 256);
		int index = 1;
		for (Figure figure : figures) {
			Row cells = sheet.createRow(index++);
			cells.createCell(0).setCellValue(figure.label());
			if (figure.share()) {
				share(cells, 1, (BigDecimal) figure.value());
			}
			else {
				number(cells, 1, figure.value().longValue());
			}
			cells.createCell(2).setCellValue(figure.meaning());
		}
	}

	private void headerRow(Sheet sheet, List<String> columns) {
		Row row = sheet.createRow(0);
		for (int i = 0; i < columns.size(); i++) {
			Cell cell = row.createCell(i);
			cell.setCellValue(columns.get(i));
			cell.setCellStyle(this.header);
		}
	}

	private static void number(Row row, int column, long value) {
		row.createCell(column).setCellValue(value);
	}

	private void share(Row row, int column, BigDecimal value) {
		Cell cell = row.createCell(column);
		cell.setCellValue(value.doubleValue());
		cell.setCellStyle(this.share);
	}

}
