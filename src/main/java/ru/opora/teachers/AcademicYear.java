package ru.opora.teachers;

import java.time.LocalDate;
import java.time.Month;

/**
 * An academic year (учебный год), named by the calendar year it starts in on 1 September:
 * 2026 is «2026/27».
 */
final class AcademicYear {

	private AcademicYear() {
	}

	static int of(LocalDate day) {
		return (day.getMonthValue() >= Month.SEPTEMBER.getValue()) ? day.getYear() : day.getYear() - 1;
	}

	static String label(int year) {
		return year + "/" + String.format("%02d", (year + 1) % 100);
	}

	static LocalDate start(int year) {
		return LocalDate.of(year, Month.SEPTEMBER, 1);
	}

	static LocalDate end(int year) {
		return LocalDate.of(year + 1, Month.AUGUST, 31);
	}

}
