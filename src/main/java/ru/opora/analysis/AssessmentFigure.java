package ru.opora.analysis;

import java.math.BigDecimal;

/**
 * One assessment of a school in a year: participants, mean mark or score, share below the
 * pass mark («2») and share of «4» and «5», in percent. Mean and share of «4» and «5» may
 * be unknown.
 */
public record AssessmentFigure(Assessment assessment, String subject, int grade, int participants, BigDecimal meanScore,
		BigDecimal shareBelow, BigDecimal shareGood) {

}
