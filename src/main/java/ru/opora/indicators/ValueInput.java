package ru.opora.indicators;

import java.math.BigDecimal;

import ru.opora.common.RuleViolationException;

/**
 * Reads a target or a value typed by the coordinator: yes/no as 1/0 (the form's list), a
 * share in percent (0–100, up to two decimals, «45,5» or «45.5», a trailing «%» allowed),
 * a count (a whole number up to 100 000). A pure function; every refusal carries the
 * message key of a clear Russian message.
 */
final class ValueInput {

	static final BigDecimal MAX_COUNT = BigDecimal.valueOf(100_000);

	private ValueInput() {
	}

	static BigDecimal parse(IndicatorKind kind, String text) {
		if (text == null || text.isBlank()) {
			throw new RuleViolationException("indicators.error.empty");
		}
		String t = text.trim().replace(',', '.').replace(" ", "").replace("\u00a0", "");
		if (kind == IndicatorKind.YES_NO) {
			return switch (t) {
				case "1" -> BigDecimal.ONE;
				case "0" -> BigDecimal.ZERO;
				default -> throw new RuleViolationException("indicators.error.yesNo");
			};
		}
		if (kind == IndicatorKind.SHARE && t.endsWith("%")) {
			t = t.substring(0, t.length() - 1);
		}
		BigDecimal value;
		try {
			value = new BigDecimal(t);
		}
		catch (NumberFormatException ex) {
			throw new RuleViolationException("indicators.error.number");
		}
		if (kind == IndicatorKind.SHARE) {
			if (value.signum() < 0 || value.compareTo(IndicatorComputations.HUNDRED) > 0 || value.scale() > 2) {
				throw new RuleViolationException("indicators.error.share");
			}
			return value.stripTrailingZeros().setScale(Math.max(1, value.stripTrailingZeros().scale()));
		}
		if (kind == IndicatorKind.COUNT) {
			if (value.signum() < 0 || value.compareTo(MAX_COUNT) > 0 || value.stripTrailingZeros().scale() > 0) {
				throw new RuleViolationException("indicators.error.count");
			}
			return value.setScale(0, java.math.RoundingMode.UNNECESSARY);
		}
		throw new RuleViolationException("indicators.error.noValue");
	}

}
