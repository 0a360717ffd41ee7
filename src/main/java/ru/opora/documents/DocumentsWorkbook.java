package ru.opora.documents;

import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;
import ru.opora.programmes.ProgrammeYearSummary;

/**
 * The monitoring table as an XLSX workbook: one row per school and document, with the
 * school's curators.
 */
@Component
@RequiredArgsConstructor
class DocumentsWorkbook {

	private final MessageSource messages;

	void write(ProgrammeYearSummary programme, List<MonitoringRow> rows, OutputStream out) throws IOException {
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter date = DateTimeFormatter.ofPattern("dd.MM.yyyy");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet(SheetNames.safe(programme.title()));
			CellStyle header = workbook.createCellStyle();
			Font bold = workbook.createFont();
			bold.setBold(true);
			header.setFont(bold);
			CellStyle overdue = workbook.createCellStyle();
			overdue.setFillForegroundColor(IndexedColors.ROSE.getIndex());
			overdue.setFillPattern(FillPatternType.SOLID_FOREGROUND);
			Row head = sheet.createRow(0);
			String[] columns = { "documents.export.school", "documents.export.curator", "documents.export.kind",
					"documents.export.factor", "documents.export.status", "documents.export.versions",
					"documents.export.updated", "documents.export.due", "documents.export.overdue" };
			for (int c = 0; c < columns.length; c++) {
				head.createCell(c).setCellValue(this.messages.getMessage(columns[c], null, locale));
				head.getCell(c).setCellStyle(header);
			}
			int r = 1;
			for (MonitoringRow line : rows) {
				for (ChecklistItem item : line.shown()) {
					Row row = sheet.createRow(r++);
					row.createCell(0).setCellValue(line.school().schoolName());
					row.createCell(1).setCellValue(line.curators());
					row.createCell(2)
						.setCellValue(this.messages.getMessage("DocumentKind." + item.kind(), null, locale));
					row.createCell(3).setCellValue((item.riskFactor() != null) ? item.riskFactor().label() : "");
					row.createCell(4)
						.setCellValue(this.messages.getMessage(
								(item.status() != null) ? "DocumentStatus." + item.status() : "documents.status.none",
								null, locale));
					row.createCell(5).setCellValue(item.versionsCount());
					row.createCell(6).setCellValue((item.updatedAt() != null) ? item.updatedAt().format(date) : "");
					row.createCell(7).setCellValue((item.dueDate() != null) ? item.dueDate().format(date) : "");
					boolean late = item.deadline() == ChecklistItem.Deadline.OVERDUE;
					row.createCell(8)
						.setCellValue(this.messages.getMessage(late ? "common.yes" : "common.no", null, locale));
					if (late) {
						for (int c = 0; c < columns.length; c++) {
							row.getCell(c).setCellStyle(overdue);
						}
					}
				}
			}
			int[] widths = { 30, 30, 32, 50, 16, 10, 14, 14, 12 };
			for (int c = 0; c < columns.length; c++) {
				sheet.setColumnWidth(c, widths[c] * 256);
			}
			workbook.write(out);
		}
	}

}
