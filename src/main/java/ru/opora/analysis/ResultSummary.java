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
 * for lists aggregated in the database.
 */
public record ResultSummary(int year, int counted, int low, BigDecimal meanShareBelow, BigDecimal decisiveShare,
		List<AssessmentCheck> checks) {

}
