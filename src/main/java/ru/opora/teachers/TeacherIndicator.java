package ru.opora.teachers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One of the project indicators 9, 10, 11, 12 and 15 (seed 001) of a municipality in an
 * academic year, computed from the portal's own data.
 *
 * @param number the indicator's number in the project passport (9, 10, 11, 12 or 15)
 * @param value a share between 0 and 1 (four decimals), or for indicator 11 1 (an
 * association exists) or 0; {@code null} when the denominator is 0
 * @param numerator the count above the line (for indicator 11: the number of
 * associations)
 * @param denominator the count below the line; {@code null} for indicator 11
 * @param schools the schools behind the figure with their own numerator and denominator
 * (ids only, never a name), ordered by id
 */
public record TeacherIndicator(int number, BigDecimal value, long numerator, Long denominator,
		List<SchoolPart> schools) {

	public TeacherIndicator {
		schools = List.copyOf(schools);
	}

	/**
	 * The ids of the schools behind the figure.
	 */
	public Set<Long> schoolIds() {
		Set<Long> ids = new LinkedHashSet<>();
		this.schools.forEach((s) -> ids.add(s.schoolId()));
		return ids;
	}

	/**
	 * The value in percent with one decimal ({@code null} when there is none); for
	 * indicator 11: 100 or 0.
	 */
	public BigDecimal percent() {
		return (this.value != null) ? this.value.multiply(BigDecimal.valueOf(100)).setScale(1, RoundingMode.HALF_UP)
				: null;
	}

	/**
	 * Is this a yes/no indicator (11) rather than a share?
	 */
	public boolean yesNo() {
		return this.denominator == null;
	}

	/**
	 * A school's part of the figure.
	 */
	public record SchoolPart(Long schoolId, long numerator, long denominator) {

	}

}
