package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * A school's classification in one year with the figures it came from.
 *
 * @param results the results as the rule read them (null when the year has none)
 * @param lowYearsRunning consecutive low-result years ending with this one (0 if not low)
 * @param trendDelta change of the mean share below the pass mark against the year before,
 * in percentage points (null when either year has no results)
 */
public record YearClassification(int year, ResultSummary results, ResultLevel level, Wellbeing wellbeing,
		SocialContext context, SchoolGroup group, int lowYearsRunning, boolean persistentlyLow, Trend trend,
		BigDecimal trendDelta) {

	public BigDecimal meanShareBelow() {
		return (this.results != null) ? this.results.meanShareBelow() : null;
	}

	public BigDecimal decisiveShare() {
		return (this.results != null) ? this.results.decisiveShare() : null;
	}

	public BigDecimal wellbeingIndex() {
		return this.wellbeing.index();
	}

}
