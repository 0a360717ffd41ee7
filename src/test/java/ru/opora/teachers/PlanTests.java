package ru.opora.teachers;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.common.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The plan's workflow as plain Java: черновик → в работе (not empty) → выполнен (read
 * only) → в работе again.
 */
class PlanTests {

	static final Instant NOW = Instant.parse("2026-11-10T07:00:00Z");

	@Test
	void workflow() {
		Plan plan = new Plan(1L, 2026, Set.of(3L), "test", NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.DRAFT);
		assertThatThrownBy(() -> plan.start(NOW)).isInstanceOf(RuleViolationException.class)
			.hasMessage("teachers.plan.refused.startEmpty");
		assertThatThrownBy(() -> plan.complete(NOW)).hasMessage("teachers.plan.refused.completeNotActive");
		plan.addItem("Курс", null, LocalDate.of(2027, 3, 1), NOW);
		plan.start(NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
		assertThatThrownBy(() -> plan.start(NOW)).hasMessage("teachers.plan.refused.startNotDraft");
		assertThatThrownBy(() -> plan.reopen(NOW)).hasMessage("teachers.plan.refused.reopenNotCompleted");
		plan.complete(NOW);
		assertThat(plan.isEditable()).isFalse();
		assertThatThrownBy(() -> plan.addItem("Ещё", null, null, NOW)).hasMessage("teachers.plan.completedReadOnly");
		assertThatThrownBy(() -> plan.change(Set.of(), "цели", null, null, NOW))
			.hasMessage("teachers.plan.completedReadOnly");
		assertThat(plan.getItems()).hasSize(1);
		plan.reopen(NOW);
		assertThat(plan.getStatus()).isEqualTo(PlanStatus.ACTIVE);
	}

	@Test
	void withoutAMentorThePlanKeepsNoPair() {
		Plan plan = new Plan(1L, 2026, Set.of(), "test", NOW);
		plan.change(Set.of(1L, 2L), "цели", 7L, 9L, NOW);
		assertThat(plan.getNetworkPairId()).isEqualTo(9L);
		plan.change(Set.of(1L), "цели", null, 9L, NOW);
		assertThat(plan.getMentorTeacherId()).isNull();
		assertThat(plan.getNetworkPairId()).isNull();
		assertThat(plan.getAreaIds()).containsExactly(1L);
	}

	@Test
	void itemsGetTheNextPosition() {
		Plan plan = new Plan(1L, 2026, Set.of(), "test", NOW);
		assertThat(plan.addItem("Первое", null, null, NOW).getPosition()).isEqualTo(1);
		assertThat(plan.addItem("Второе", 5L, null, NOW).getPosition()).isEqualTo(2);
	}

}
