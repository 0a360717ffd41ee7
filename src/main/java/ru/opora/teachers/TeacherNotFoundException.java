package ru.opora.teachers;

import ru.opora.common.NotFoundException;

/**
 * No such teacher, or none the user may see by name.
 */
public class TeacherNotFoundException extends NotFoundException {

	public TeacherNotFoundException(Long id) {
		super("error.notFound.teacher", id);
	}

}
