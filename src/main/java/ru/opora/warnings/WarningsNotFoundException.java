package ru.opora.warnings;

import ru.opora.common.NotFoundException;

/**
 * The school is unknown, or not one whose warnings the user may see (404 either way, so
 * that replaying another school's id tells nothing).
 */
public class WarningsNotFoundException extends NotFoundException {

	public WarningsNotFoundException(Long schoolId) {
		super("error.notFound.school", schoolId);
	}

}
