package ru.opora.tabular;

import java.io.Serializable;
import java.util.List;

/**
 * One problem of an imported file: the row (as the spreadsheet numbers it; 0 for the file
 * as a whole), the column title (empty when the whole row is meant) and the message key
 * with its arguments.
 */
public record ImportProblem(int row, String column, String key, List<Object> args) implements Serializable {

	public Object[] argsArray() {
		return this.args.toArray();
	}

}
