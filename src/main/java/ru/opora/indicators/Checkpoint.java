package ru.opora.indicators;

import java.time.LocalDate;

/**
 * The two checkpoints of a programme year: mid-year (30 June) and final (31 December).
 */
public enum Checkpoint {

	MIDYEAR(6, 30), FINAL(12, 31);

	private final int month;

	private final int day;

	Checkpoint(int month, int day) {
		this.month = month;
		this.day = day;
	}

	/**
	 * The day the checkpoint measures in the programme year.
	 */
	public LocalDate date(int year) {
		return LocalDate.of(year, this.month, this.day);
	}

	/**
	 * The academic year (named by the year it starts in) the checkpoint falls in: the
	 * mid-year checkpoint of 2026 is in 2025/26, the final one in 2026/27.
	 */
	public int academicYear(int year) {
		return (this.month >= 9) ? year : year - 1;
	}

}
