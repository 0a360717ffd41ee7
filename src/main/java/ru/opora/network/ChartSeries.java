package ru.opora.network;

import java.math.BigDecimal;
import java.util.List;

/**
 * Line-chart data for Chart.js: years on the x axis and one line per school or mean; the
 * page's script names the lines from their {@code kind} (and {@code name} for schools).
 */
public record ChartSeries(List<Integer> years, List<Line> lines) {

	/**
	 * A line: its kind («mentees», «mentors», «mentee», «mentor», «school»), the school's
	 * name where it is one school, the values per year (null: no data) and whether it is
	 * a main line (drawn bold).
	 */
	public record Line(String kind, String name, List<BigDecimal> values, boolean main) {

	}

}
