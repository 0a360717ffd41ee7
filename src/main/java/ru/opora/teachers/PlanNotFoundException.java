package ru.opora.teachers;

import ru.opora.common.NotFoundException;

/**
 * No such development plan, or one of a teacher the user does not see by name.
 */
public class PlanNotFoundException extends NotFoundException {

	public PlanNotFoundException(Long id) {
		super("error.notFound.plan", id);
	}

}
