package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.validation.BeanPropertyBindingResult;

import ru.opora.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The enrolment workflow, the growth rule of indicator 10 and the score field's parsing,
 * as plain Java.
 */
class EnrolmentTests {

	static final Instant NOW = Instant.parse("2026-11-10T07:00:00Z");

	static final LocalDate TODAY = LocalDate.of(2026, 11, 10);

	@ParameterizedTest(name = "{0} → {1}: {2}")
	@CsvSource({ "PLANNED, IN_PROGRESS, ", "PLANNED, NOT_COMPLETED, ", "IN_PROGRESS, COMPLETED, ",
			"IN_PROGRESS, NOT_COMPLETED, ", "COMPLETED, IN_PROGRESS, ", "NOT_COMPLETED, IN_PROGRESS, ",
			"PLANNED, COMPLETED, teachers.enrolment.refused.notStarted",
			"IN_PROGRESS, PLANNED, teachers.enrolment.refused.backToPlanned",
			"COMPLETED, PLANNED, teachers.enrolment.refused.backToPlanned",
			"COMPLETED, NOT_COMPLETED, teachers.enrolment.refused.reopenFirst",
			"NOT_COMPLETED, COMPLETED, teachers.enrolment.refused.reopenFirst",
			"IN_PROGRESS, IN_PROGRESS, teachers.enrolment.refused.same" })
	void transitions(EnrolmentStatus from, EnrolmentStatus to, String refusal) {
		Enrolment e = at(from);
		if (refusal == null) {
			e.changeStatus(to, TODAY, NOW);
			assertThat(e.getStatus()).isEqualTo(to);
			assertThat(e.getCompletedOn()).isEqualTo((to == EnrolmentStatus.COMPLETED) ? TODAY : null);
		}
		else {
			assertThatThrownBy(() -> e.changeStatus(to, TODAY, NOW)).isInstanceOf(RuleViolationException.class)
				.hasMessage(refusal);
			assertThat(e.getStatus()).isEqualTo(from);
		}
	}

	@Test
	void aFinalScoreNeedsAFinishedCourseAndACompletedOneItsDate() {
		Enrolment running = at(EnrolmentStatus.IN_PROGRESS);
		assertThatThrownBy(() -> running.record(new BigDecimal("40"), new BigDecimal("60"), null, NOW))
			.hasMessage("teachers.enrolment.finalNeedsFinished");
		assertThat(running.getEntryScore()).isNull();
		Enrolment done = at(EnrolmentStatus.COMPLETED);
		assertThatThrownBy(() -> done.record(new BigDecimal("40"), new BigDecimal("60"), null, NOW))
			.hasMessage("teachers.enrolment.completedOnRequired");
		done.record(new BigDecimal("40"), new BigDecimal("60"), TODAY.minusDays(3), NOW);
		assertThat(done.grew()).isTrue();
		assertThat(done.getCompletedOn()).isEqualTo(TODAY.minusDays(3));
	}

	@ParameterizedTest(name = "{0} → {1}: grew {2}")
	@CsvSource({ "40, 41, true", "40, 40, false", "40, 39.5, false", "0, 100, true", ", 50, ", "50, , " })
	void competenceGrewWhenTheFinalScoreIsAboveTheEntryScore(BigDecimal entry, BigDecimal last, Boolean grew) {
		assertThat(Enrolment.grew(entry, last)).isEqualTo(grew);
	}

	@ParameterizedTest(name = "«{0}» → {1} / {2}")
	@CsvSource(delimiter = '|',
			value = { "72|72.00|", "72,5|72.50|", " 0 |0.00|", "100|100.00|", "99.99|99.99|", "|||",
					"сто||teachers.enrolment.scoreNotNumber", "1e2||teachers.enrolment.scoreNotNumber",
					"101||teachers.enrolment.scoreRange", "-1||teachers.enrolment.scoreRange",
					"72,555||teachers.enrolment.scoreRange", "7 2||teachers.enrolment.scoreNotNumber" })
	void scores(String input, BigDecimal expected, String error) {
		EnrolmentForm form = new EnrolmentForm();
		BeanPropertyBindingResult result = new BeanPropertyBindingResult(form, "enrolmentForm");
		BigDecimal score = EnrolmentForm.score("entryScore", input, result);
		if (error == null) {
			assertThat(result.hasErrors()).isFalse();
			assertThat(score).isEqualTo(expected);
		}
		else {
			assertThat(score).isNull();
			assertThat(result.getFieldError("entryScore").getCode()).isEqualTo(error);
		}
	}

	private static Enrolment at(EnrolmentStatus status) {
		Enrolment e = new Enrolment(1L, 2L, "test", NOW);
		switch (status) {
			case PLANNED -> {
			}
			case IN_PROGRESS -> e.changeStatus(EnrolmentStatus.IN_PROGRESS, TODAY, NOW);
			case COMPLETED -> {
				e.changeStatus(EnrolmentStatus.IN_PROGRESS, TODAY, NOW);
				e.changeStatus(EnrolmentStatus.COMPLETED, TODAY, NOW);
			}
			case NOT_COMPLETED -> e.changeStatus(EnrolmentStatus.NOT_COMPLETED, TODAY, NOW);
		}
		return e;
	}

}
