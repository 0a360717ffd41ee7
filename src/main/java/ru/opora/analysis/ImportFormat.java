package ru.opora.analysis;

import java.util.List;

import ru.opora.schools.SchoolDirectory;
import ru.opora.tabular.Cells;
import ru.opora.tabular.ImportColumn;

/**
 * One kind of import file: its columns, how a row is read and checked, the key that must
 * be unique within the file, and how valid rows reach the database (a temporary staging
 * table filled with COPY, then one upsert).
 *
 * @param <R> a checked row
 */
interface ImportFormat<R> {

	ImportKind kind();

	List<ImportColumn> columns();

	/**
	 * The checked row, or null when a problem was recorded.
	 */
	R read(Cells cells, SchoolDirectory schools, int currentYear);

	Object key(R row);

	/** {@code create temp table if not exists … on commit drop} */
	String stagingTable();

	String stagingName();

	/** The COPY target: table and columns. */
	String copyTarget();

	/** Appends the row as one line of COPY text format (tab-separated, \N for null). */
	void copyLine(R row, StringBuilder out);

	/**
	 * Upserts the staging table with {@link #upsertArguments} and returns one row:
	 * inserted, updated.
	 */
	String upsert();

	Object[] upsertArguments(long importId, String username);

}
