package ru.opora.roadmap;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deadlines, percentage done, suggested RAG and inactivity, on a fixed clock (Sunday 22
 * November 2026, 12:00 in Moscow).
 */
class ProgressRulesTests {

	static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

	static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T09:00:00Z"), MOSCOW);

	static final LocalDate TODAY = LocalDate.now(CLOCK);

	@Test
	void todayComesFromTheClock() {
		assertThat(TODAY).isEqualTo(LocalDate.of(2026, 11, 22));
	}

	@Test
	void pastDeadlineIsOverdueUnlessTheRowIsClosed() {
		LocalDate yesterday = LocalDate.of(2026, 11, 21);
		assertThat(ProgressRules.dueState(yesterday, MeasureStatus.NOT_STARTED, TODAY)).isEqualTo(DueState.OVERDUE);
		assertThat(ProgressRules.dueState(yesterday, MeasureStatus.IN_PROGRESS, TODAY)).isEqualTo(DueState.OVERDUE);
		assertThat(ProgressRules.dueState(yesterday, MeasureStatus.POSTPONED, TODAY)).isEqualTo(DueState.OVERDUE);
		assertThat(ProgressRules.dueState(yesterday, MeasureStatus.DONE, TODAY)).isEqualTo(DueState.NONE);
		assertThat(ProgressRules.dueState(yesterday, MeasureStatus.NOT_DONE, TODAY)).isEqualTo(DueState.NONE);
	}

	@Test
	void dueWithinFourteenDaysIsDueSoonIncludingTodayAndTheFourteenthDay() {
		assertThat(ProgressRules.dueState(TODAY, MeasureStatus.IN_PROGRESS, TODAY)).isEqualTo(DueState.DUE_SOON);
		// 22.11 + 14 days = 06.12
		assertThat(ProgressRules.dueState(LocalDate.of(2026, 12, 6), MeasureStatus.IN_PROGRESS, TODAY))
			.isEqualTo(DueState.DUE_SOON);
		assertThat(ProgressRules.dueState(LocalDate.of(2026, 12, 7), MeasureStatus.IN_PROGRESS, TODAY))
			.isEqualTo(DueState.NONE);
		assertThat(ProgressRules.dueState(LocalDate.of(2026, 12, 1), MeasureStatus.DONE, TODAY))
			.isEqualTo(DueState.NONE);
	}

	@Test
	void aPeriodWithoutADateIsNeverFlagged() {
		assertThat(ProgressRules.dueState(null, MeasureStatus.NOT_STARTED, TODAY)).isEqualTo(DueState.NONE);
	}

	@Test
	void percentDoneIsRoundedDown() {
		assertThat(ProgressRules.percentDone(List.of())).isZero();
		// 1 of 3 = 33.3 % → 33
		assertThat(ProgressRules
			.percentDone(List.of(MeasureStatus.DONE, MeasureStatus.IN_PROGRESS, MeasureStatus.NOT_STARTED)))
			.isEqualTo(33);
		// 2 of 3 = 66.7 % → 66 (never 100 % before everything is done)
		assertThat(ProgressRules.percentDone(List.of(MeasureStatus.DONE, MeasureStatus.DONE, MeasureStatus.POSTPONED)))
			.isEqualTo(66);
		assertThat(ProgressRules.percentDone(List.of(MeasureStatus.DONE, MeasureStatus.DONE))).isEqualTo(100);
		// not done counts as not done
		assertThat(ProgressRules.percentDone(List.of(MeasureStatus.DONE, MeasureStatus.NOT_DONE))).isEqualTo(50);
	}

	@Test
	void suggestedRag() {
		assertThat(ProgressRules.suggestedRag(List.of(MeasureStatus.IN_PROGRESS), List.of(DueState.OVERDUE)))
			.isEqualTo(Rag.RED);
		assertThat(ProgressRules.suggestedRag(List.of(MeasureStatus.NOT_DONE), List.of(DueState.NONE)))
			.isEqualTo(Rag.RED);
		assertThat(ProgressRules.suggestedRag(List.of(MeasureStatus.IN_PROGRESS), List.of(DueState.DUE_SOON)))
			.isEqualTo(Rag.AMBER);
		assertThat(ProgressRules.suggestedRag(List.of(MeasureStatus.POSTPONED), List.of(DueState.NONE)))
			.isEqualTo(Rag.AMBER);
		assertThat(ProgressRules.suggestedRag(List.of(MeasureStatus.DONE, MeasureStatus.IN_PROGRESS),
				List.of(DueState.NONE, DueState.NONE)))
			.isEqualTo(Rag.GREEN);
		assertThat(ProgressRules.suggestedRag(List.of(), List.of())).isEqualTo(Rag.GREEN);
	}

	@Test
	void worstRagOfSections() {
		assertThat(ProgressRules.worst(List.of(Rag.GREEN, Rag.AMBER))).isEqualTo(Rag.AMBER);
		assertThat(ProgressRules.worst(java.util.Arrays.asList(Rag.GREEN, null, Rag.RED))).isEqualTo(Rag.RED);
		assertThat(ProgressRules.worst(java.util.Arrays.asList((Rag) null))).isNull();
	}

	@Test
	void noActivityAfterThirtyDays() {
		// now = 22.11.2026 09:00 UTC; 30 days before = 23.10.2026 09:00 UTC
		assertThat(ProgressRules.inactive(Instant.parse("2026-10-23T09:00:00Z"), CLOCK)).isFalse();
		assertThat(ProgressRules.inactive(Instant.parse("2026-10-23T08:59:59Z"), CLOCK)).isTrue();
		assertThat(ProgressRules.inactive(Instant.parse("2026-11-20T00:00:00Z"), CLOCK)).isFalse();
		assertThat(ProgressRules.inactive(null, CLOCK)).isTrue();
	}

	@Test
	void reviewOverdueOnlyAfterItsDate() {
		assertThat(ProgressRules.reviewOverdue(LocalDate.of(2026, 11, 21), TODAY)).isTrue();
		assertThat(ProgressRules.reviewOverdue(TODAY, TODAY)).isFalse();
		assertThat(ProgressRules.reviewOverdue(null, TODAY)).isFalse();
	}

	@Test
	void deadlinesAreDatesOrPeriods() {
		assertThat(ProgressRules.parseDue("31.05.2026")).isEqualTo(LocalDate.of(2026, 5, 31));
		assertThat(ProgressRules.parseDue(" 1.6.2026 ")).isEqualTo(LocalDate.of(2026, 6, 1));
		assertThat(ProgressRules.parseDue("2026-05-31")).isEqualTo(LocalDate.of(2026, 5, 31));
		assertThat(ProgressRules.parseDue("31.02.2026")).isNull();
		assertThat(ProgressRules.parseDue("январь–февраль")).isNull();
		assertThat(ProgressRules.parseDue("в течение всего периода")).isNull();
		assertThat(ProgressRules.parseDue(null)).isNull();
	}

	@Test
	void postponingNeedsAReasonAndOtherStatusesClearIt() {
		RoadMapItem item = new RoadMapItem(1L, 1L, 1, "school", CLOCK.instant());
		org.assertj.core.api.Assertions
			.assertThatThrownBy(() -> item.set(ItemField.STATUS, "POSTPONED", " ", "school", CLOCK.instant()))
			.isInstanceOf(ru.opora.common.RuleViolationException.class)
			.hasMessage("roadmap.cell.reasonRequired");
		item.set(ItemField.STATUS, "POSTPONED", "карантин", "school", CLOCK.instant());
		assertThat(item.getStatus()).isEqualTo(MeasureStatus.POSTPONED);
		assertThat(item.getPostponeReason()).isEqualTo("карантин");
		item.set(ItemField.STATUS, "IN_PROGRESS", "карантин", "school", CLOCK.instant());
		assertThat(item.getPostponeReason()).isNull();
		item.set(ItemField.DUE, "январь–февраль", null, "school", CLOCK.instant());
		assertThat(item.getDueDate()).isNull();
		assertThat(item.get(ItemField.DUE)).isEqualTo("январь–февраль");
		item.set(ItemField.DUE, "06.12.2026", null, "school", CLOCK.instant());
		assertThat(item.getDueDate()).isEqualTo(LocalDate.of(2026, 12, 6));
		assertThat(item.getDueText()).isNull();
	}

}
