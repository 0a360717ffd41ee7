package ru.opora.indicators;

import java.util.Locale;

/**
 * One indicator of the project passport (reference data, table {@code indicator}).
 *
 * @param code its number, «1» … «15», «4.1» … «4.3»
 * @param higherBetter the direction of good
 */
public record Indicator(String code, int position, String nameRu, String nameEn, IndicatorKind kind, String unit,
		IndicatorSource source, String methodRu, String methodEn, boolean higherBetter) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameRu;
	}

	public String method(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.methodEn : this.methodRu;
	}

	public boolean heading() {
		return this.kind == IndicatorKind.HEADING;
	}

	public boolean computed() {
		return this.source == IndicatorSource.COMPUTED;
	}

	public boolean manual() {
		return this.source == IndicatorSource.MANUAL;
	}

	/** A sub-indicator (4.1–4.3) is shown indented. */
	public boolean sub() {
		return this.code.contains(".");
	}

	/** The code as it can stand in an HTML id or a path: «4.1» → «4-1». */
	public String slug() {
		return this.code.replace('.', '-');
	}

}
