package ru.opora.teachers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Percentages as people write them: «49,9», «50», at most two decimals, the decimal mark
 * of the page's language. Templates call {@code ${@pct.format(value)}}.
 */
@Component("pct")
class PercentFormat {

	public String format(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		DecimalFormat format = new DecimalFormat("0.##",
				DecimalFormatSymbols.getInstance(LocaleContextHolder.getLocale()));
		format.setRoundingMode(RoundingMode.HALF_UP);
		return format.format(value);
	}

}
