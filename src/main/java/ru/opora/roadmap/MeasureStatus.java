package ru.opora.roadmap;

/**
 * Status of a road-map row: не начато, в работе, выполнено, не выполнено, перенесено
 * (with a reason).
 */
public enum MeasureStatus {

	NOT_STARTED, IN_PROGRESS, DONE, NOT_DONE, POSTPONED;

	/**
	 * Closed rows are never overdue.
	 */
	public boolean closed() {
		return this == DONE || this == NOT_DONE;
	}

}
