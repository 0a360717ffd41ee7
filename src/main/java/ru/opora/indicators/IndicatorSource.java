package ru.opora.indicators;

/**
 * Where an indicator's value comes from: computed from the portal's data, or entered by
 * the coordinator (a heading has none).
 */
public enum IndicatorSource {

	HEADING, COMPUTED, MANUAL

}
