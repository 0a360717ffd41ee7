package ru.opora.indicators;

/**
 * A value against its target: достигнут, близко (within 10 % of the target in the
 * direction of good), не достигнут; or no target / no value yet.
 */
public enum IndicatorStatus {

	ACHIEVED, CLOSE, NOT_ACHIEVED, NO_TARGET, NO_VALUE

}
