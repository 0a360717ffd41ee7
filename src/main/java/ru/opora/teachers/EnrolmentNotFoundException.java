package ru.opora.teachers;

import ru.opora.common.NotFoundException;

/**
 * No such enrolment, or one of a teacher the user does not see by name.
 */
public class EnrolmentNotFoundException extends NotFoundException {

	public EnrolmentNotFoundException(Long id) {
		super("error.notFound.enrolment", id);
	}

}
