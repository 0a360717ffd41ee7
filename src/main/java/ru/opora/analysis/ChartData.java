package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * What the scatter chart of «Анализ школ» draws: one point per school with both figures
 * (x: ИСБШ, y: the decisive share below the pass mark, see {@link ResultSummary}),
 * coloured by group, and the thresholds of the rule when all points share one: the
 * threshold lines then split the points exactly into the four groups.
 */
public record ChartData(int year, BigDecimal wellbeingThreshold, BigDecimal lowShareThreshold, List<Group> groups,
		List<Point> points, Labels labels) {

	public record Group(String key, String label, String colour) {

	}

	/**
	 * A school: {@code y} where the point is drawn, {@code share} the decisive share the
	 * table shows (null when fewer assessments were counted than the rule needs; the
	 * point then sits at 0).
	 */
	public record Point(long id, String name, BigDecimal x, BigDecimal y, String group, boolean persistentlyLow,
			String url, BigDecimal share) {

	}

	/**
	 * Axis titles, the group names, and the tooltip's names of the two figures (the same
	 * words as the table's column headers).
	 */
	public record Labels(String x, String y, String strong, String resilient, String riskZone, String lowAdverse,
			String persistentlyLow, String xShort, String yShort) {

	}

}
