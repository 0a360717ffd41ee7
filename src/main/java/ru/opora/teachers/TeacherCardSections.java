package ru.opora.teachers;

import java.util.Optional;

/**
 * Contributes a section to the teacher's card (plans and courses, associations…): the
 * card asks every bean of this type, in {@link #order()}, with a teacher the current user
 * already sees by name.
 */
interface TeacherCardSections {

	int order();

	/**
	 * The section for this teacher, or empty to show nothing.
	 */
	Optional<CardSection> section(TeacherCard card);

	/**
	 * What a section may need to know of the card it is on.
	 *
	 * @param teacherId the teacher
	 * @param schoolId the teacher's current school
	 * @param municipalityId the school's municipality
	 * @param canKeep may the current user change the teacher's data
	 * @param academicYear the academic year shown
	 */
	record TeacherCard(Long teacherId, Long schoolId, Long municipalityId, boolean canKeep, int academicYear) {

	}

}
