package ru.opora.indicators;

/**
 * An indicator a municipality shows publicly, as text for the public page: no school's
 * name, no list of schools.
 *
 * @param number «1» … «15», «4.1» … «4.3»
 * @param name the indicator's name (Russian as in the seed; English for the en locale)
 * @param kind yes/no, share or count
 * @param unit «%», «да/нет», «школ»
 * @param valueText the value («45,5 %», «да», «3»; «—» without one)
 * @param targetText the target, the same way
 * @param status the value against the target
 * @param statusText the status as text («достигнут», «близко», …)
 */
public record PublicIndicatorValue(String number, String name, IndicatorKind kind, String unit, String valueText,
		String targetText, IndicatorStatus status, String statusText) {

}
