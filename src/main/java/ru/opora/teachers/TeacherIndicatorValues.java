package ru.opora.teachers;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * Indicators 9, 10, 11, 12 and 15 of a municipality in an academic year (2026 = 2026/27).
 * See docs/teachers.md for the definitions.
 */
public record TeacherIndicatorValues(Long municipalityId, int academicYear, List<TeacherIndicator> indicators) {

	/** The numbers this module computes, in order. */
	public static final List<Integer> NUMBERS = List.of(9, 10, 11, 12, 15);

	public TeacherIndicatorValues {
		indicators = List.copyOf(indicators);
	}

	/**
	 * The indicator with this number (9, 10, 11, 12 or 15).
	 */
	public TeacherIndicator indicator(int number) {
		return this.indicators.stream()
			.filter((i) -> i.number() == number)
			.findFirst()
			.orElseThrow(() -> new NoSuchElementException("Indicator " + number + " is not computed here"));
	}

}
