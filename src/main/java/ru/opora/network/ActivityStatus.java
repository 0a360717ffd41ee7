package ru.opora.network;

/**
 * A joint activity is planned, then held (recorded) or cancelled.
 */
public enum ActivityStatus {

	PLANNED, HELD, CANCELLED

}
