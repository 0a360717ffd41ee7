package ru.opora.roadmap;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;

/**
 * Reads a municipal road map from XLSX (the layout of {@link #template()}): checks every
 * row and reports every problem by row number; rows are returned only when there is no
 * problem at all, so an import is all or nothing.
 */
@Component
@RequiredArgsConstructor
class RoadMapImport {

	static final long MAX_BYTES = 5L * 1024 * 1024;

	static final int MAX_ROWS = 1000;

	static final List<String> HEADER_KEYS = List.of("roadmap.import.col.section", "roadmap.field.municipal.action",
			"roadmap.field.municipal.due", "roadmap.field.municipal.responsible", "roadmap.field.municipal.indicator",
			"roadmap.field.municipal.status", "roadmap.field.municipal.done_mark");

	private static final Locale RU = Locale.forLanguageTag("ru");

	private final MessageSource messages;

	/** A row ready to insert. */
	record ImportedRow(int rowNumber, String section, String action, String due, String responsible, String indicator,
			MeasureStatus status, String doneMark) {
	}

	/** A problem of one row (0 = the file as a whole). */
	record ImportError(int rowNumber, String messageKey, String argument) {
	}

	record Result(List<ImportedRow> rows, List<ImportError> errors) {

		boolean ok() {
			return this.errors.isEmpty();
		}

	}

	byte[] template() {
		try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			Sheet sheet = book.createSheet(SheetNames.safe(msg("roadmap.xlsx.sheet")));
			Row head = sheet.createRow(0);
			for (int i = 0; i < HEADER_KEYS.size(); i++) {
				head.createCell(i).setCellValue(msg(HEADER_KEYS.get(i)));
				sheet.setColumnWidth(i, 30 * 256);
			}
			Sheet help = book.createSheet(SheetNames.safe(msg("roadmap.import.helpSheet")));
			int r = 0;
			for (String key : List.of("roadmap.import.help.section", "roadmap.import.help.due",
					"roadmap.import.help.status")) {
				help.createRow(r++).createCell(0).setCellValue(msg(key));
			}
			for (MeasureStatus s : MeasureStatus.values()) {
				help.createRow(r++).createCell(0).setCellValue(msg("MeasureStatus." + s));
			}
			help.setColumnWidth(0, 100 * 256);
			book.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Checks a whole upload. {@code sections} are the section titles of the road map.
	 */
	Result read(InputStream content, List<String> sections) throws IOException {
		byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
		if (bytes.length == 0) {
			return fail("roadmap.import.empty", null);
		}
		if (bytes.length > MAX_BYTES) {
			return fail("roadmap.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
		}
		Workbook book;
		try {
			book = new XSSFWorkbook(new java.io.ByteArrayInputStream(bytes));
		}
		catch (Exception ex) {
			// not a ZIP, not OOXML, a legacy .xls, a damaged file …
			return fail("roadmap.import.notXlsx", null);
		}
		try (book) {
			Sheet sheet = book.getSheetAt(0);
			List<ImportError> errors = new ArrayList<>();
			Row head = sheet.getRow(0);
			for (int i = 0; i < HEADER_KEYS.size(); i++) {
				String expected = msg(HEADER_KEYS.get(i));
				String actual = (head != null) ? text(head.getCell(i)) : null;
				if (actual == null || !actual.strip().equalsIgnoreCase(expected)) {
					errors.add(new ImportError(1, "roadmap.import.badColumn", (i + 1) + ": «" + expected + "»"));
				}
			}
			if (!errors.isEmpty()) {
				return new Result(List.of(), errors);
			}
			if (sheet.getLastRowNum() > MAX_ROWS) {
				return fail("roadmap.import.tooManyRows", String.valueOf(MAX_ROWS));
			}
			Map<String, String> sectionByName = new HashMap<>();
			sections.forEach((s) -> sectionByName.put(s.strip().toLowerCase(Locale.ROOT), s));
			Map<String, MeasureStatus> statusByLabel = new HashMap<>();
			for (MeasureStatus s : MeasureStatus.values()) {
				statusByLabel.put(msg("MeasureStatus." + s).toLowerCase(Locale.ROOT), s);
				statusByLabel.put(s.name().toLowerCase(Locale.ROOT), s);
			}
			List<ImportedRow> rows = new ArrayList<>();
			String section = sections.isEmpty() ? null : sections.get(0);
			for (int r = 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				int number = r + 1;
				if (row == null || blank(row)) {
					continue;
				}
				String sectionText = text(row.getCell(0));
				if (sectionText != null) {
					section = sectionByName.get(sectionText.strip().toLowerCase(Locale.ROOT));
					if (section == null) {
						errors.add(new ImportError(number, "roadmap.import.badSection", sectionText));
						continue;
					}
				}
				String action = text(row.getCell(1));
				if (action == null) {
					errors.add(new ImportError(number, "roadmap.import.noAction", null));
				}
				String due;
				try {
					due = due(row.getCell(2));
				}
				catch (IllegalArgumentException ex) {
					errors.add(new ImportError(number, "roadmap.import.badDate", ex.getMessage()));
					due = null;
				}
				String statusText = text(row.getCell(5));
				MeasureStatus status = (statusText == null) ? MeasureStatus.NOT_STARTED
						: statusByLabel.get(statusText.strip().toLowerCase(Locale.ROOT));
				if (status == null) {
					errors.add(new ImportError(number, "roadmap.import.badStatus", statusText));
				}
				if (status == MeasureStatus.POSTPONED) {
					errors.add(new ImportError(number, "roadmap.import.postponed", null));
				}
				String[] texts = { action, due, text(row.getCell(3)), text(row.getCell(4)), text(row.getCell(6)) };
				ItemField[] fields = { ItemField.ACTION, ItemField.DUE, ItemField.RESPONSIBLE, ItemField.INDICATOR,
						ItemField.DONE_MARK };
				for (int i = 0; i < texts.length; i++) {
					if (texts[i] != null && texts[i].length() > fields[i].maxLength()) {
						errors.add(new ImportError(number, "roadmap.import.tooLong",
								String.valueOf(fields[i].maxLength())));
					}
				}
				rows.add(new ImportedRow(number, section, action, due, texts[2], texts[3], status, texts[4]));
			}
			if (rows.isEmpty() && errors.isEmpty()) {
				return fail("roadmap.import.empty", null);
			}
			return errors.isEmpty() ? new Result(rows, List.of()) : new Result(List.of(), errors);
		}
	}

	private static Result fail(String key, String argument) {
		return new Result(List.of(), List.of(new ImportError(0, key, argument)));
	}

	/**
	 * A deadline cell: a real date, a date written as text, or a period; a text that
	 * looks like a date but is none (31.02.2022) is an error.
	 */
	private static String due(Cell cell) {
		if (cell == null) {
			return null;
		}
		if (cell.getCellType() == CellType.NUMERIC) {
			if (!DateUtil.isCellDateFormatted(cell)) {
				throw new IllegalArgumentException(new DataFormatter().formatCellValue(cell));
			}
			LocalDate date = cell.getLocalDateTimeCellValue().toLocalDate();
			return RoadMapItem.dueAsText(date, null);
		}
		String t = text(cell);
		if (ProgressRules.impossibleDate(t)) {
			throw new IllegalArgumentException(t);
		}
		return t;
	}

	private static boolean blank(Row row) {
		for (int i = 0; i < HEADER_KEYS.size(); i++) {
			if (text(row.getCell(i)) != null) {
				return false;
			}
		}
		return true;
	}

	private static String text(Cell cell) {
		if (cell == null) {
			return null;
		}
		String value = new DataFormatter().formatCellValue(cell);
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, RU);
	}

}
