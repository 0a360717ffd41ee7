package ru.opora.analysis;

/**
 * How the rule read one assessment: counted (enough participants) and low (share below
 * the pass mark at or over the threshold).
 */
public record AssessmentCheck(AssessmentFigure figure, boolean counted, boolean low) {

}
