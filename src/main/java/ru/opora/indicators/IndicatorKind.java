package ru.opora.indicators;

/**
 * What an indicator's value is: a heading without a value (4), yes/no (stored as 1/0), a
 * share (stored in percent) or a count.
 */
public enum IndicatorKind {

	HEADING, YES_NO, SHARE, COUNT

}
