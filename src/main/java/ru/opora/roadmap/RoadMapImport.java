package ru.opora.roadmap;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import ru.opora.common.SheetNames;
import ru.opora.tabular.CellValues;
import ru.opora.tabular.Cells;
import ru.opora.tabular.ColumnMapping;
import ru.opora.tabular.ImportAbortedException;
import ru.opora.tabular.ImportColumn;
import ru.opora.tabular.ImportProblem;
import ru.opora.tabular.ImportProblems;
import ru.opora.tabular.TabularImport;
import ru.opora.tabular.TabularReader;
import ru.opora.tabular.UnreadableFileException;

/**
 * Reads a municipal road map from XLSX (the layout of {@link #template()}) with the
 * tabular import module (streamed, columns found by their titles): checks every row and
 * reports every problem by row number and column; rows are returned only when there is no
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

	/**
	 * The rows to insert, or the problems in the report format every import shares (row
	 * as the spreadsheet numbers it, 0 for the file as a whole; column title; message).
	 */
	record Result(List<ImportedRow> rows, List<ImportProblem> errors) {

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
	 * Checks a whole upload. {@code sections} are the section titles of the road map. The
	 * sheet is streamed by the tabular module ({@link TabularReader#readXlsx}); the
	 * upload itself is limited to {@link #MAX_BYTES}.
	 */
	Result read(InputStream content, List<String> sections) throws IOException {
		byte[] bytes = content.readNBytes((int) MAX_BYTES + 1);
		if (bytes.length == 0) {
			return fail("roadmap.import.empty");
		}
		if (bytes.length > MAX_BYTES) {
			return fail("roadmap.import.tooLarge", String.valueOf(MAX_BYTES / (1024 * 1024)));
		}
		Reading reading = new Reading(columns(), sections);
		try {
			TabularReader.readXlsx(new ByteArrayInputStream(bytes), reading::row);
		}
		catch (UnreadableFileException ex) {
			return fail(
					"tabular.file.empty".equals(ex.getMessageKey()) ? "roadmap.import.empty" : "tabular.file.notXlsx");
		}
		catch (ImportAbortedException ex) {
			if (reading.tooManyRows) {
				return fail("roadmap.import.tooManyRows", String.valueOf(MAX_ROWS));
			}
		}
		ImportProblems problems = reading.problems;
		if (reading.rows.isEmpty() && !problems.any()) {
			return fail("roadmap.import.empty");
		}
		return problems.any() ? new Result(List.of(), problems.list()) : new Result(reading.rows, List.of());
	}

	/**
	 * The columns of the template, titled as the Russian template titles them: all of
	 * them must be in the file, in any order.
	 */
	private List<ImportColumn> columns() {
		return HEADER_KEYS.stream().map((key) -> new ImportColumn(msg(key), true, key)).toList();
	}

	private static Result fail(String key, Object... args) {
		ImportProblems problems = new ImportProblems();
		problems.add(0, "", key, args);
		return new Result(List.of(), problems.list());
	}

	/**
	 * A deadline cell: a date (a date cell reads as dd.mm.yyyy) or a period in words; a
	 * text shaped like a date that names no day (31.02.2022), or a bare number, is an
	 * error.
	 */
	static boolean badDue(String text) {
		return ProgressRules.impossibleDate(text) || CellValues.parseNumber(text) != null;
	}

	/**
	 * Reading one file: the header (every column of the template, found by title), then
	 * each row checked; a section left empty is the section of the row above.
	 */
	private final class Reading {

		private final List<ImportColumn> columns;

		private final Map<String, String> sectionByName = new HashMap<>();

		private final Map<String, MeasureStatus> statusByLabel = new HashMap<>();

		private final ImportProblems problems = new ImportProblems();

		private final List<ImportedRow> rows = new ArrayList<>();

		private Map<ImportColumn, Integer> index;

		private String section;

		private boolean tooManyRows;

		Reading(List<ImportColumn> columns, List<String> sections) {
			this.columns = columns;
			sections.forEach((s) -> this.sectionByName.put(s.strip().toLowerCase(Locale.ROOT), s));
			for (MeasureStatus s : MeasureStatus.values()) {
				this.statusByLabel.put(msg("MeasureStatus." + s).toLowerCase(Locale.ROOT), s);
				this.statusByLabel.put(s.name().toLowerCase(Locale.ROOT), s);
			}
			this.section = sections.isEmpty() ? null : sections.get(0);
		}

		void row(int number, List<String> values) {
			if (number > MAX_ROWS + 1) {
				this.tooManyRows = true;
				throw new ImportAbortedException();
			}
			if (this.index == null) {
				if (!TabularImport.blank(values)) {
					header(number, values);
				}
				return;
			}
			Cells row = new Cells(number, values, this.index, this.problems);
			if (this.columns.stream().allMatch(row::blank)) {
				return;
			}
			ImportColumn sectionColumn = this.columns.get(0);
			if (!row.blank(sectionColumn)) {
				String sectionText = row.text(sectionColumn);
				this.section = this.sectionByName.get(sectionText.toLowerCase(Locale.ROOT));
				if (this.section == null) {
					row.problem(sectionColumn, "roadmap.import.badSection", sectionText);
					return;
				}
			}
			String action = text(row, 1);
			if (action == null) {
				row.problem(this.columns.get(1), "roadmap.import.noAction");
			}
			String due = text(row, 2);
			if (due != null && badDue(due)) {
				row.problem(this.columns.get(2), "roadmap.import.badDate", due);
				due = null;
			}
			String statusText = text(row, 5);
			MeasureStatus status = (statusText == null) ? MeasureStatus.NOT_STARTED
					: this.statusByLabel.get(statusText.toLowerCase(Locale.ROOT));
			if (status == null) {
				row.problem(this.columns.get(5), "roadmap.import.badStatus", statusText);
			}
			if (status == MeasureStatus.POSTPONED) {
				row.problem(this.columns.get(5), "roadmap.import.postponed");
			}
			String[] texts = { action, due, text(row, 3), text(row, 4), text(row, 6) };
			int[] at = { 1, 2, 3, 4, 6 };
			ItemField[] fields = { ItemField.ACTION, ItemField.DUE, ItemField.RESPONSIBLE, ItemField.INDICATOR,
					ItemField.DONE_MARK };
			for (int i = 0; i < texts.length; i++) {
				if (texts[i] != null && texts[i].length() > fields[i].maxLength()) {
					row.problem(this.columns.get(at[i]), "roadmap.import.tooLong",
							String.valueOf(fields[i].maxLength()));
				}
			}
			this.rows.add(new ImportedRow(number, this.section, action, due, texts[2], texts[3], status, texts[4]));
		}

		private void header(int number, List<String> values) {
			ColumnMapping mapping = ColumnMapping.of(values, this.columns);
			for (ImportColumn missing : mapping.missing()) {
				this.problems.add(number, missing.title(), "roadmap.import.badColumn",
						(this.columns.indexOf(missing) + 1) + ": «" + missing.title() + "»");
			}
			if (!mapping.missing().isEmpty()) {
				throw new ImportAbortedException();
			}
			this.index = mapping.index();
		}

		private String text(Cells row, int column) {
			String value = row.text(this.columns.get(column));
			return value.isEmpty() ? null : value;
		}

	}

	private String msg(String key) {
		return this.messages.getMessage(key, null, RU);
	}

}
