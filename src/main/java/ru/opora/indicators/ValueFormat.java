package ru.opora.indicators;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

import lombok.RequiredArgsConstructor;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * An indicator's value or target as text: «45,5 %», «да»/«нет», «3»; «—» for none. Used
 * by the pages ({@code @indicatorFormat}), the exports and the public API.
 */
@Component("indicatorFormat")
@RequiredArgsConstructor
public class ValueFormat {

	/** The number formats by language and decimals, cloned for each use. */
	private static final java.util.Map<String, DecimalFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();

	private final MessageSource messages;

	public String text(Indicator indicator, BigDecimal value, Locale locale) {
		if (value == null) {
			return "—";
		}
		return switch (indicator.kind()) {
			case YES_NO ->
				this.messages.getMessage((value.signum() > 0) ? "indicators.yes" : "indicators.no", null, locale);
			case SHARE -> number(value, locale, 1) + " %";
			case COUNT -> number(value, locale, 0);
			case HEADING -> "";
		};
	}

	/** A number for a form field: «45,5», «1», «3». */
	public String input(BigDecimal value, Locale locale) {
		return (value != null) ? number(value, locale, value.stripTrailingZeros().scale() > 0 ? 2 : 0) : "";
	}

	public String unit(Indicator indicator, Locale locale) {
		return this.messages.getMessage("indicators.unit." + indicator.unit(), null, locale);
	}

	public String status(IndicatorStatus status, Locale locale) {
		return this.messages.getMessage("IndicatorStatus." + status.name(), null, locale);
	}

	static String number(BigDecimal value, Locale locale, int maxDecimals) {
		boolean english = "en".equals(locale.getLanguage());
		// a clone of a format made once: making one (its symbols and pattern) per value
		// was most of the cost of a value on the indicator pages
		DecimalFormat prototype = FORMATS.computeIfAbsent((english ? "en" : "ru") + maxDecimals, (k) -> {
			DecimalFormatSymbols symbols = DecimalFormatSymbols
				.getInstance(english ? Locale.ENGLISH : new Locale("ru"));
			String pattern = (maxDecimals > 0) ? "#,##0." + "#".repeat(maxDecimals) : "#,##0";
			return new DecimalFormat(pattern, symbols);
		});
		return ((DecimalFormat) prototype.clone()).format(value);
	}

}
