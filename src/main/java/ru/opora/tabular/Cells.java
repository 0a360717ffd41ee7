package ru.opora.tabular;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One data row of an import file: reads its cells by column and records a problem for
 * each one that does not fit, with the row number as the spreadsheet shows it and the
 * column's title.
 */
public final class Cells {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

	private final int row;

	private final List<String> values;

	private final Map<ImportColumn, Integer> index;

	private final ImportProblems problems;

	private boolean valid = true;

	public Cells(int row, List<String> values, Map<ImportColumn, Integer> index, ImportProblems problems) {
		this.row = row;
		this.values = values;
		this.index = index;
		this.problems = problems;
	}

	public int row() {
		return this.row;
	}

	/** No problem found in this row so far. */
	public boolean valid() {
		return this.valid;
	}

	/** The file has this column (an optional column may be left out of the header). */
	public boolean has(ImportColumn column) {
		return this.index.containsKey(column);
	}

	public String text(ImportColumn column) {
		Integer i = this.index.get(column);
		if (i == null || i >= this.values.size() || this.values.get(i) == null) {
			return "";
		}
		return this.values.get(i).trim();
	}

	public boolean blank(ImportColumn column) {
		return text(column).isEmpty();
	}

	public void problem(ImportColumn column, String key, Object... args) {
		this.valid = false;
		this.problems.add(this.row, (column != null) ? column.title() : "", key, args);
	}

	/**
	 * The text, or a problem when a required cell is empty or the text is too long.
	 */
	public String string(ImportColumn column, int maxLength) {
		String value = text(column);
		if (value.indexOf("  ") >= 0 || value.indexOf('\t') >= 0 || value.indexOf('\n') >= 0) {
			value = SPACES.matcher(value).replaceAll(" ");
		}
		if (value.isEmpty()) {
			if (column.required()) {
				problem(column, "tabular.problem.required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			problem(column, "tabular.problem.tooLong", maxLength);
			return null;
		}
		return value;
	}

	public Integer integer(ImportColumn column, int min, int max) {
		BigDecimal value = number(column, "tabular.problem.notInteger");
		if (value == null) {
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			problem(column, "tabular.problem.notInteger", text(column));
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			problem(column, "tabular.problem.range", String.valueOf(min), String.valueOf(max));
			return null;
		}
		return value.intValueExact();
	}

	/**
	 * A number from min to max, rounded to two decimals.
	 */
	public BigDecimal decimal(ImportColumn column, BigDecimal min, BigDecimal max) {
		BigDecimal value = number(column, "tabular.problem.notNumber");
		if (value == null) {
			return null;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problem(column, "tabular.problem.range", min.toPlainString(), max.toPlainString());
			return null;
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A share in percent, 0 to 100 («12,5», «12.5», «12,5 %»).
	 */
	public BigDecimal share(ImportColumn column) {
		BigDecimal value = number(column, "tabular.problem.notNumber");
		if (value == null) {
			return null;
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			problem(column, "tabular.problem.share", text(column));
			return null;
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A date written dd.mm.yyyy (a date cell of an XLSX file reads the same); a day that
	 * does not exist (31.02.2027) is a problem, never another day.
	 */
	public LocalDate date(ImportColumn column) {
		String text = text(column);
		if (text.isEmpty()) {
			if (column.required()) {
				problem(column, "tabular.problem.required");
			}
			return null;
		}
		LocalDate value = CellValues.parseDate(text);
		if (value == null) {
			problem(column,
					CellValues.looksLikeDate(text) ? "tabular.problem.impossibleDate" : "tabular.problem.notDate",
					text);
		}
		return value;
	}

	private BigDecimal number(ImportColumn column, String notNumberKey) {
		String text = text(column);
		if (text.isEmpty()) {
			if (column.required()) {
				problem(column, "tabular.problem.required");
			}
			return null;
		}
		BigDecimal value = CellValues.parseNumber(text);
		if (value == null) {
			problem(column, notNumberKey, text);
		}
		return value;
	}

}
