package ru.opora.teachers;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A percentage typed by a person or found in a file: «48», «48,5», «48.5 %»; 0–100, two
 * decimals at most after rounding.
 */
final class Percent {

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private Percent() {
	}

	/**
	 * The value, or {@code null} when the text is blank or not a percentage.
	 */
	static BigDecimal parse(String text) {
		if (text == null) {
			return null;
		}
		String s = text.strip().replace('\u00a0', ' ').replace(" ", "").replace(',', '.');
		if (s.endsWith("%")) {
			s = s.substring(0, s.length() - 1);
		}
		if (s.isEmpty() || s.length() > 12 || !s.matches("\\d+(\\.\\d+)?")) {
			return null;
		}
		BigDecimal value = new BigDecimal(s).setScale(2, RoundingMode.HALF_UP);
		return (value.compareTo(HUNDRED) > 0) ? null : value;
	}

}
