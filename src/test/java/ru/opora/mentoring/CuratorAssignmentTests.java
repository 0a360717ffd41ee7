package ru.opora.mentoring;

import java.time.Instant;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CuratorAssignmentTests {

	static final LocalDate START = LocalDate.of(2026, 3, 1);

	@Test
	void activeFromTheStartUntilAndIncludingTheEnd() {
		CuratorAssignment assignment = assignment();
		assertThat(assignment.isActiveOn(START.minusDays(1))).isFalse();
		assertThat(assignment.isActiveOn(START)).isTrue();
		assignment.end(START.plusDays(10));
		assertThat(assignment.isActiveOn(START.plusDays(10))).isTrue();
		assertThat(assignment.isActiveOn(START.plusDays(11))).isFalse();
	}

	@Test
	void cannotEndBeforeItStartedOrTwice() {
		CuratorAssignment assignment = assignment();
		assertThatThrownBy(() -> assignment.end(START.minusDays(1))).isInstanceOfSatisfying(
				IllegalAssignmentChangeException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("mentoring.assignments.endBeforeStart"));
		assignment.end(START);
		assertThatThrownBy(() -> assignment.end(START.plusDays(1))).isInstanceOfSatisfying(
				IllegalAssignmentChangeException.class,
				(ex) -> assertThat(ex.getMessageKey()).isEqualTo("mentoring.assignments.alreadyEnded"));
	}

	private static CuratorAssignment assignment() {
		return new CuratorAssignment(1L, 2L, START, "coordinator", Instant.parse("2026-03-01T00:00:00Z"));
	}

}
