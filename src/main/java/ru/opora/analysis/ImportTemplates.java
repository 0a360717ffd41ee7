package ru.opora.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;
import ru.opora.tabular.ImportColumn;

/**
 * The downloadable import templates: an XLSX with the header row on the first sheet and
 * the columns explained on the second, and a CSV (UTF-8 with BOM, «;») with the header
 * only. Always in Russian: the column titles are the file format.
 */
@Component
@RequiredArgsConstructor
class ImportTemplates {

	static final Locale RUSSIAN = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	static List<ImportColumn> columns(ImportKind kind) {
		return switch (kind) {
			case RESULTS -> ResultsFormat.COLUMNS;
			case PASSPORTS -> PassportsFormat.COLUMNS;
		};
	}

	byte[] xlsx(ImportKind kind) {
		List<ImportColumn> columns = columns(kind);
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			CellStyle bold = workbook.createCellStyle();
			Font font = workbook.createFont();
			font.setBold(true);
			bold.setFont(font);
			bold.setWrapText(true);
			Sheet data = workbook.createSheet(SheetNames.safe(msg("analysis.template.dataSheet")));
			Row header = data.createRow(0);
			for (int i = 0; i < columns.size(); i++) {
				header.createCell(i).setCellValue(columns.get(i).title());
				header.getCell(i).setCellStyle(bold);
				data.setColumnWidth(i, (i == 0) ? 40 * 256 : 18 * 256);
			}
			data.createFreezePane(0, 1);
			Sheet help = workbook.createSheet(SheetNames.safe(msg("analysis.template.helpSheet")));
			Row helpHeader = help.createRow(0);
			String[] titles = { msg("analysis.template.column"), msg("analysis.template.required"),
					msg("analysis.template.meaning") };
			for (int i = 0; i < titles.length; i++) {
				helpHeader.createCell(i).setCellValue(titles[i]);
				helpHeader.getCell(i).setCellStyle(bold);
			}
			for (int i = 0; i < columns.size(); i++) {
				Row row = help.createRow(i + 1);
				row.createCell(0).setCellValue(columns.get(i).title());
				row.createCell(1).setCellValue(msg(columns.get(i).required() ? "common.yes" : "common.no"));
				row.createCell(2).setCellValue(msg(columns.get(i).hintKey()));
			}
			Row note = help.createRow(columns.size() + 2);
			note.createCell(0).setCellValue(msg("analysis.template.note"));
			help.setColumnWidth(0, 36 * 256);
			help.setColumnWidth(1, 14 * 256);
			help.setColumnWidth(2, 90 * 256);
			workbook.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	byte[] csv(ImportKind kind) {
		String header = String.join(";", columns(kind).stream().map(ImportColumn::title).toList());
		return ("\uFEFF" + header + "\r\n").getBytes(StandardCharsets.UTF_8);
	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, RUSSIAN);
	}

}
