package ru.opora.teachers;

import ru.opora.common.NotFoundException;

/**
 * No such course, or none in a municipality the user may see.
 */
public class CourseNotFoundException extends NotFoundException {

	public CourseNotFoundException(Long id) {
		super("error.notFound.course", id);
	}

}
