package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The result of an enrolment as the form says it, already checked: the test scores
 * (0–100, either may be empty) and the date the course was completed.
 */
record EnrolmentCommand(BigDecimal entryScore, BigDecimal finalScore, LocalDate completedOn) {

}
