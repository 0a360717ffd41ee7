package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * A school's results in one year as the rule sees them: assessments counted, of them low,
 * and the participant-weighted mean share below the pass mark (percent, one decimal; null
 * when nothing was counted). {@code checks} lists the assessments when known (the
 * school's page), and is empty for lists aggregated in the database.
 */
public record ResultSummary(int year, int counted, int low, BigDecimal meanShareBelow, List<AssessmentCheck> checks) {

}
