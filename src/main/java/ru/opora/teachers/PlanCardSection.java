package ru.opora.teachers;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The teacher card's section «Индивидуальный образовательный маршрут».
 */
@Component
@RequiredArgsConstructor
class PlanCardSection implements TeacherCardSections {

	private final PlanService plans;

	@Override
	public int order() {
		return 30;
	}

	@Override
	public Optional<CardSection> section(TeacherCard card) {
		return Optional.of(new CardSection("teachers/card-plan", this.plans.card(card)));
	}

}
