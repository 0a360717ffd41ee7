package ru.opora.indicators;

import java.math.BigDecimal;
import java.util.List;

/**
 * A computed indicator value with how it was computed.
 *
 * @param value in the indicator's unit (a share in percent with one decimal, 1/0 for
 * yes/no); {@code null} when the denominator is 0 (nothing to compute from)
 * @param numerator the count above the line (for yes/no: how many things exist)
 * @param denominator the count below the line ({@code null} for yes/no)
 * @param parts the schools behind the figure, each with its own part, ordered by id
 */
public record Computed(BigDecimal value, long numerator, Long denominator, List<Part> parts) {

	public Computed {
		parts = List.copyOf(parts);
	}

	/**
	 * A school's part of the figure (for a school-based share: 1 or 0 of 1).
	 */
	public record Part(Long schoolId, long numerator, long denominator) {

		public boolean counted() {
			return this.numerator > 0;
		}

	}

}
