package ru.opora.tabular;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: with no problems, the rows read and how many were added, changed or
 * already the same; otherwise the problems (the first {@link ImportProblems#MAX_SHOWN} of
 * {@code problemCount}) and nothing was imported.
 */
public record ImportReport(String kind, String fileName, int rows, int inserted, int updated,
		List<ImportProblem> problems, int problemCount) implements Serializable {

	public boolean ok() {
		return this.problemCount == 0;
	}

	public int unchanged() {
		return this.rows - this.inserted - this.updated;
	}

	public boolean truncated() {
		return this.problemCount > this.problems.size();
	}

	public static ImportReport failed(String kind, String fileName, int rows, ImportProblems problems) {
		return new ImportReport(kind, fileName, rows, 0, 0, problems.list(), problems.count());
	}

}
