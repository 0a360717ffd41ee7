package ru.opora.tabular;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parsing of cell texts the way every import reads them: numbers with a comma or a point,
 * spaces between thousands and an optional «%»; dates as dd.mm.yyyy (or yyyy-mm-dd, which
 * is how the XLSX reader gives date cells it cannot format otherwise), strictly: a text
 * shaped like a date that names no day (31.02.2027) is refused, never moved to another
 * day.
 */
public final class CellValues {

	/** How dates are written in files and shown back in reports. */
	public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

	private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
			DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
			DateTimeFormatter.ISO_LOCAL_DATE);

	private static final Pattern LOOKS_LIKE_DATE = Pattern.compile("\\d{1,4}[./-]\\d{1,2}[./-]\\d{1,4}");

	private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

	private CellValues() {
	}

	/**
	 * «1 234,5», «1234.5», «12,5 %» → a number; anything else → null.
	 */
	public static BigDecimal parseNumber(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip();
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

	/**
	 * «17.01.2022», «7.1.2022» or «2022-01-17» → the day; anything else, and a day that
	 * does not exist (31.02.2027), → null.
	 */
	public static LocalDate parseDate(String text) {
		if (text == null) {
			return null;
		}
		String t = text.strip();
		for (DateTimeFormatter format : DATE_FORMATS) {
			try {
				return LocalDate.parse(t, format);
			}
			catch (DateTimeParseException ex) {
				// try the next format
			}
		}
		return null;
	}

	/**
	 * Shaped like a date (digits separated by «.», «/» or «-»), whether or not such a day
	 * exists.
	 */
	public static boolean looksLikeDate(String text) {
		return text != null && LOOKS_LIKE_DATE.matcher(text.strip()).matches();
	}

	/**
	 * Shaped like a date but no such day exists (31.02.2027, 12.13.2026).
	 */
	public static boolean impossibleDate(String text) {
		return looksLikeDate(text) && parseDate(text) == null;
	}

}
