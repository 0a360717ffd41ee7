package ru.opora.tabular;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects the problems of a file: keeps the first {@link #MAX_SHOWN} and counts all.
 */
public final class ImportProblems {

	public static final int MAX_SHOWN = 500;

	private final List<ImportProblem> list = new ArrayList<>();

	private int count;

	public void add(int row, String column, String key, Object... args) {
		this.count++;
		if (this.list.size() < MAX_SHOWN) {
			this.list.add(new ImportProblem(row, (column != null) ? column : "", key, List.of(args)));
		}
	}

	public int count() {
		return this.count;
	}

	public boolean any() {
		return this.count > 0;
	}

	public List<ImportProblem> list() {
		return List.copyOf(this.list);
	}

}
