package ru.opora.teachers;

import java.util.List;

/**
 * What a form or an import row says of a teacher, already checked.
 */
record TeacherData(String fullName, List<String> subjects, String position, Qualification qualification,
		Integer experienceYears, String email) {

	TeacherData {
		subjects = List.copyOf(subjects);
	}

}
