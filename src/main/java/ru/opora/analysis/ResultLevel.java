package ru.opora.analysis;

/**
 * Results axis: low (ШНОР by the rule), not low, or no results. Shown through
 * {@code ResultLevel.<CONSTANT>}.
 */
public enum ResultLevel {

	LOW, NOT_LOW, NO_DATA

}
