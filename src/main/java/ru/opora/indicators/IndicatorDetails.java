package ru.opora.indicators;

import java.util.List;

import ru.opora.schools.MunicipalityOption;

/**
 * How a computed indicator was computed in a period: the figure and the schools behind
 * it, counted ones first.
 */
public record IndicatorDetails(MunicipalityOption municipality, Period period, Indicator indicator, Computed computed,
		List<Line> lines) {

	/**
	 * A school's part of the figure.
	 */
	public record Line(Long schoolId, String schoolName, long numerator, long denominator) {

		public boolean counted() {
			return this.numerator > 0;
		}

	}

}
