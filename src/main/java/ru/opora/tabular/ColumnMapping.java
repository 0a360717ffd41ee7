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

	/** The unknown and repeated titles in the order of the header, with their keys. */
	private final List<Map.Entry<String, String>> titleProblems;

	private ColumnMapping(Map<ImportColumn, Integer> index, List<String> unknown, List<String> duplicates,
			List<ImportColumn> missing, List<Map.Entry<String, String>> titleProblems) {
		this.index = Collections.unmodifiableMap(index);
		this.titleProblems = List.copyOf(titleProblems);
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
		List<Map.Entry<String, String>> titleProblems = new ArrayList<>();
		for (int i = 0; i < header.size(); i++) {
			String title = (header.get(i) != null) ? header.get(i).trim() : "";
			if (title.isEmpty()) {
				continue;
			}
			ImportColumn column = known.get(ImportColumn.normalize(title));
			if (column == null) {
				unknown.add(title);
				titleProblems.add(Map.entry(title, "tabular.problem.unknownColumn"));
			}
			else if (found.putIfAbsent(column, i) != null) {
				duplicates.add(title);
				titleProblems.add(Map.entry(title, "tabular.problem.duplicateColumn"));
			}
		}
		List<ImportColumn> missing = columns.stream().filter((c) -> c.required() && !found.containsKey(c)).toList();
		return new ColumnMapping(found, unknown, duplicates, missing, titleProblems);
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
	 * unknown or repeated title (in the order of the header), then each missing column,
	 * on the header's row.
	 * @return whether the header is fine
	 */
	public boolean report(int row, ImportProblems problems) {
		this.titleProblems.forEach((p) -> problems.add(row, p.getKey(), p.getValue()));
		this.missing.forEach((c) -> problems.add(row, c.title(), "tabular.problem.missingColumn"));
		return ok();
	}

}
