package ru.opora.tabular;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * Reads an import file the way every import of the portal does: XLSX or CSV, streamed row
 * by row; rows without any text are skipped; the first row with text is the header, its
 * titles mapped onto the format's columns (any order); each further row goes to the
 * caller as {@link Cells}, which record each problem with the row number the user sees
 * and the column's title. A file that cannot be read, or a wrong header, is recorded as a
 * problem and ends the reading; the caller decides what to do with the rows, and imports
 * nothing when {@link ImportProblems#any()}.
 */
public final class TabularImport {

	/**
	 * Receives each data row.
	 */
	@FunctionalInterface
	public interface RowReader {

		void row(Cells row);

	}

	private TabularImport() {
	}

	/**
	 * @return the number of data rows read (blank rows and the header not counted)
	 */
	public static int read(InputStream content, List<ImportColumn> columns, ImportProblems problems, RowReader reader) {
		Rows rows = new Rows(columns, problems, reader);
		try {
			TabularReader.read(content, rows::row);
		}
		catch (UnreadableFileException ex) {
			problems.add(0, "", ex.getMessageKey());
		}
		catch (ImportAbortedException ex) {
			// what stopped the reading is recorded
		}
		return rows.count;
	}

	/** A row without any text (what users leave between blocks of data). */
	public static boolean blank(List<String> cells) {
		for (String c : cells) {
			if (c != null && !c.isBlank()) {
				return false;
			}
		}
		return true;
	}

	private static final class Rows {

		private final List<ImportColumn> columns;

		private final ImportProblems problems;

		private final RowReader reader;

		private Map<ImportColumn, Integer> index;

		private int count;

		Rows(List<ImportColumn> columns, ImportProblems problems, RowReader reader) {
			this.columns = columns;
			this.problems = problems;
			this.reader = reader;
		}

		void row(int number, List<String> cells) {
			if (blank(cells)) {
				return;
			}
			if (this.index == null) {
				ColumnMapping mapping = ColumnMapping.of(cells, this.columns);
				if (!mapping.report(number, this.problems)) {
					throw new ImportAbortedException();
				}
				this.index = mapping.index();
				return;
			}
			this.count++;
			this.reader.row(new Cells(number, cells, this.index, this.problems));
		}

	}

}
