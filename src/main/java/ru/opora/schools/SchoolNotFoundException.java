package ru.opora.schools;

import ru.opora.common.NotFoundException;

public class SchoolNotFoundException extends NotFoundException {

	public SchoolNotFoundException(Long id) {
		super("error.notFound.school", id);
	}

}
