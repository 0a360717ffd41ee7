package ru.opora.tabular;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The columns of a file found by their header titles, in any order, titles compared as
 * {@link ImportColumn#normalize(String)} does: which column is where, which titles are
 * unknown or repeated, and which required columns are missing.
 */
public final class ColumnMapping {

	private final Map<ImportColumn, Integer> index;

	private final List<String> unknown;

	private final List<String> duplicates;

	private final List<ImportColumn> missing;

	private ColumnMapping(Map<ImportColumn, Integer> index, List<String> unknown, List<String> duplicates,
			List<ImportColumn> missing) {
		this.index = Collections.unmodifiableMap(index);
		this.unknown = List.copyOf(unknown);
		this.duplicates = List.copyOf(duplicates);
		this.missing = List.copyOf(missing);
	}

	/**
	 * Maps a header row onto the columns of a format; a column counts as missing when it
	 * is {@link ImportColumn#required()} and absent.
	 */
	public static ColumnMapping of(List<String> header, List<ImportColumn> columns) {
		Map<String, ImportColumn> known = new HashMap<>();
		columns.forEach((c) -> known.putIfAbsent(ImportColumn.normalize(c.title()), c));
		Map<ImportColumn, Integer> found = new HashMap<>();
		List<String> unknown = new ArrayList<>();
		List<String> duplicates = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String title = (header.get(i) != null) ? header.get(i).trim() : "";
			if (title.isEmpty()) {
				continue;
			}
			ImportColumn column = known.get(ImportColumn.normalize(title));
			if (column == null) {
				unknown.add(title);
			}
			else if (found.putIfAbsent(column, i) != null) {
				duplicates.add(title);
			}
		}
		List<ImportColumn> missing = columns.stream().filter((c) -> c.required() && !found.containsKey(c)).toList();
		return new ColumnMapping(found, unknown, duplicates, missing);
	}

	/** Where each column found is (0-based). */
	public Map<ImportColumn, Integer> index() {
		return this.index;
	}

	public List<String> unknown() {
		return this.unknown;
	}

	public List<String> duplicates() {
		return this.duplicates;
	}

	public List<ImportColumn> missing() {
		return this.missing;
	}

	public boolean ok() {
		return this.unknown.isEmpty() && this.duplicates.isEmpty() && this.missing.isEmpty();
	}

	/**
	 * Records the header's problems in the report format every import shares: each
	 * unknown or repeated title and each missing column, on the header's row.
	 * @return whether the header is fine
	 */
	public boolean report(int row, ImportProblems problems) {
		this.unknown.forEach((t) -> problems.add(row, t, "tabular.problem.unknownColumn"));
		this.duplicates.forEach((t) -> problems.add(row, t, "tabular.problem.duplicateColumn"));
		this.missing.forEach((c) -> problems.add(row, c.title(), "tabular.problem.missingColumn"));
		return ok();
	}

}
