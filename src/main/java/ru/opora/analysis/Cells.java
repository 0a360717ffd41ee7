package ru.opora.analysis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * One data row of an import file: reads its cells by column and records a problem for
 * each one that does not fit.
 */
public final class Cells {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern
		.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

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
				problem(column, "analysis.import.problem.required");
			}
			return null;
		}
		if (value.length() > maxLength) {
			problem(column, "analysis.import.problem.tooLong", maxLength);
			return null;
		}
		return value;
	}

	public Integer integer(ImportColumn column, int min, int max) {
		BigDecimal value = number(column, "analysis.import.problem.notInteger");
		if (value == null) {
			return null;
		}
		if (value.stripTrailingZeros().scale() > 0) {
			problem(column, "analysis.import.problem.notInteger", text(column));
			return null;
		}
		if (value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
			problem(column, "analysis.import.problem.range", String.valueOf(min), String.valueOf(max));
			return null;
		}
		return value.intValueExact();
	}

	/**
	 * A number from min to max, rounded to two decimals.
	 */
	public BigDecimal decimal(ImportColumn column, BigDecimal min, BigDecimal max) {
		BigDecimal value = number(column, "analysis.import.problem.notNumber");
		if (value == null) {
			return null;
		}
		if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
			problem(column, "analysis.import.problem.range", min.toPlainString(), max.toPlainString());
			return null;
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	/**
	 * A share in percent, 0 to 100 («12,5», «12.5», «12,5 %»).
	 */
	public BigDecimal share(ImportColumn column) {
		BigDecimal value = number(column, "analysis.import.problem.notNumber");
		if (value == null) {
			return null;
		}
		if (value.signum() < 0 || value.compareTo(HUNDRED) > 0) {
			problem(column, "analysis.import.problem.share", text(column));
			return null;
		}
		return value.setScale(2, RoundingMode.HALF_UP);
	}

	private BigDecimal number(ImportColumn column, String notNumberKey) {
		String text = text(column);
		if (text.isEmpty()) {
			if (column.required()) {
				problem(column, "analysis.import.problem.required");
			}
			return null;
		}
		BigDecimal value = parseNumber(text);
		if (value == null) {
			problem(column, notNumberKey, text);
		}
		return value;
	}

	/**
	 * «1 234,5», «1234.5», «12,5 %» → a number; anything else → null.
	 */
	static BigDecimal parseNumber(String text) {
		String s = text;
		if (s.indexOf(' ') >= 0 || s.indexOf('\u00A0') >= 0 || s.indexOf('\u202F') >= 0) {
			s = s.replace("\u00A0", "").replace("\u202F", "").replace(" ", "");
		}
		if (s.endsWith("%")) {
			s = s.substring(0, s.length() - 1);
		}
		s = s.replace(',', '.');
		if (s.isEmpty() || s.length() > 30 || !NUMBER.matcher(s).matches()) {
			return null;
		}
		try {
			return new BigDecimal(s);
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

}
