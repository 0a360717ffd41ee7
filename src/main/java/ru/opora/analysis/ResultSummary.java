package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A school's results in one year as the rule sees them: assessments counted, of them low,
 * the participant-weighted mean share below the pass mark (percent, one decimal; null
 * when nothing was counted) and the <em>decisive share</em>: the share below the pass
 * mark of the k-th weakest counted assessment, k being the rule's number of low
 * assessments (null with fewer than k). The school is low-result exactly when the
 * decisive share reaches the threshold, so the chart can draw it against the threshold
 * line. {@code checks} lists the assessments when known (the school's page), and is empty
 * for lists aggregated in the database; {@code lowAssessments} are the low ones in both
 * cases (for «the same assessment two years running»).
 */
public record ResultSummary(int year, int counted, int low, BigDecimal meanShareBelow, BigDecimal decisiveShare,
		List<AssessmentCheck> checks, java.util.Set<AssessmentKey> lowAssessments) {

	/**
	 * The assessments that were low (counted and at or over the threshold), taken from
	 * the checks.
	 */
	public ResultSummary(int year, int counted, int low, BigDecimal meanShareBelow, BigDecimal decisiveShare,
			List<AssessmentCheck> checks) {
		this(year, counted, low, meanShareBelow, decisiveShare, checks,
				checks.stream()
					.filter(AssessmentCheck::low)
					.map((c) -> AssessmentKey.of(c.figure()))
					.collect(java.util.stream.Collectors.toUnmodifiableSet()));
	}

	/**
	 * One of the assessments low in both years (the rule's «the same assessment two years
	 * running»), or null.
	 */
	public AssessmentKey sameLowAssessment(ResultSummary previous) {
		if (previous == null) {
			return null;
		}
		return this.lowAssessments.stream()
			.filter(previous.lowAssessments()::contains)
			.sorted(java.util.Comparator.comparing(AssessmentKey::assessment)
				.thenComparing(AssessmentKey::subject)
				.thenComparingInt(AssessmentKey::grade))
			.findFirst()
			.orElse(null);
	}

}
