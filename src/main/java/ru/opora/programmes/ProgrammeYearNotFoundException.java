package ru.opora.programmes;

import ru.opora.common.NotFoundException;

public class ProgrammeYearNotFoundException extends NotFoundException {

	public ProgrammeYearNotFoundException(Long id) {
		super("error.notFound.programmeYear", id);
	}

}
