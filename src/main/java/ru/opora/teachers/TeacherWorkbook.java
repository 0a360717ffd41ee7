package ru.opora.teachers;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
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
 * The XLSX files of the teacher pages: a school's list (with names: the export is audited
 * by the caller) and the import templates.
 */
@Component
@RequiredArgsConstructor
class TeacherWorkbook {

	private final MessageSource messages;

	byte[] list(TeacherViews.SchoolTeachers list, Locale locale) {
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(SheetNames.safe(list.schoolName()));
			CellStyle bold = bold(book);
			String[] titles = { "teachers.list.name", "teachers.list.subjects", "teachers.list.position",
					"teachers.list.qualification", "teachers.list.experience", "teachers.list.diagnostic",
					"teachers.list.riskGroup", "teachers.list.plan", "teachers.list.left" };
			Row head = sheet.createRow(0);
			for (int i = 0; i < titles.length; i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(msg(titles[i], locale, AcademicYear.label(list.filter().year())));
				cell.setCellStyle(bold);
			}
			int r = 1;
			for (TeacherViews.Row t : list.rows()) {
				Row row = sheet.createRow(r++);
				row.createCell(0).setCellValue(t.fullName());
				row.createCell(1).setCellValue(String.join(", ", t.subjects()));
				row.createCell(2).setCellValue((t.position() != null) ? t.position() : "");
				row.createCell(3).setCellValue(msg(t.qualification().messageKey(), locale));
				if (t.experienceYears() != null) {
					row.createCell(4).setCellValue(t.experienceYears());
				}
				row.createCell(5).setCellValue(msg(t.diagnosed() ? "common.yes" : "common.no", locale));
				row.createCell(6).setCellValue(msg(t.riskGroup() ? "common.yes" : "common.no", locale));
				row.createCell(7)
					.setCellValue((t.planStatus() != null) ? msg("teachers.planStatus." + t.planStatus(), locale)
							: msg("teachers.planStatus.NONE", locale));
				row.createCell(8)
					.setCellValue((t.leftOn() != null)
							? t.leftOn().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy")) : "");
			}
			for (int i = 0; i < titles.length; i++) {
				sheet.setColumnWidth(i, (i == 0) ? 36 * 256 : 20 * 256);
			}
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * An import template: the header and one example row.
	 */
	byte[] template(List<ImportColumn> columns, List<String> example, boolean xlsx, Locale locale) {
		if (!xlsx) {
			String header = String.join(";", columns.stream().map(ImportColumn::title).toList());
			return ("\uFEFF" + header + "\r\n" + String.join(";", example) + "\r\n").getBytes(StandardCharsets.UTF_8);
		}
		try (XSSFWorkbook book = new XSSFWorkbook()) {
			Sheet sheet = book.createSheet(SheetNames.safe(msg("teachers.template.sheet", locale)));
			CellStyle bold = bold(book);
			Row head = sheet.createRow(0);
			Row sample = sheet.createRow(1);
			for (int i = 0; i < columns.size(); i++) {
				Cell cell = head.createCell(i);
				cell.setCellValue(columns.get(i).title());
				cell.setCellStyle(bold);
				sample.createCell(i).setCellValue((i < example.size()) ? example.get(i) : "");
				sheet.setColumnWidth(i, 24 * 256);
			}
			return bytes(book);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static CellStyle bold(XSSFWorkbook book) {
		CellStyle style = book.createCellStyle();
		Font font = book.createFont();
		font.setBold(true);
		style.setFont(font);
		return style;
	}

	private static byte[] bytes(XSSFWorkbook book) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		book.write(out);
		return out.toByteArray();
	}

	private String msg(String key, Locale locale, Object... args) {
		return this.messages.getMessage(key, args, locale);
	}

}
