package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * A school's classification in one year with the figures it came from.
 *
 * @param results the results as the rule read them (null when the year has none)
 * @param lowYearsRunning consecutive low-result years ending with this one (0 if not low)
 * @param trendDelta change of the mean share below the pass mark against the year before,
 * in percentage points (null when either year has no results)
 * @param sameLowAssessment an assessment low both this year and the year before (what
 * lets the run go on), or null
 * @param runBrokenByOtherAssessments low this year and the year before, but no assessment
 * was low in both: the run starts again
 */
public record YearClassification(int year, ResultSummary results, ResultLevel level, Wellbeing wellbeing,
		SocialContext context, SchoolGroup group, int lowYearsRunning, boolean persistentlyLow, Trend trend,
		BigDecimal trendDelta, AssessmentKey sameLowAssessment, boolean runBrokenByOtherAssessments) {

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
