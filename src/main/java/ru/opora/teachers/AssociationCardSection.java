package ru.opora.teachers;

import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Component;

/**
 * «Методические объединения» on the teacher's card: the associations the teacher is a
 * member or the leader of, with the meetings they attended.
 */
@Component
@RequiredArgsConstructor
class AssociationCardSection implements TeacherCardSections {

	private final AssociationService associations;

	@Override
	public int order() {
		return 40;
	}

	@Override
	public Optional<CardSection> section(TeacherCard card) {
		return Optional.of(new CardSection("teachers/card-associations",
				new Data(card.teacherId(), this.associations.ofTeacher(card.teacherId()))));
	}

	/**
	 * What the section shows.
	 */
	record Data(Long teacherId, java.util.List<AssociationViews.OfTeacher> associations) {

	}

}
