package ru.opora.teachers;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * The teacher card's section «Курсы повышения квалификации».
 */
@Component
@RequiredArgsConstructor
class CourseCardSection implements TeacherCardSections {

	private final EnrolmentService enrolments;

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<CardSection> section(TeacherCard card) {
		return Optional.of(new CardSection("teachers/card-courses", this.enrolments.card(card)));
	}

}
