package ru.opora.network;

/**
 * A «День образовательных интенсивов» is planned, then held or cancelled.
 */
public enum IntensiveDayStatus {

	PLANNED, HELD, CANCELLED

}
