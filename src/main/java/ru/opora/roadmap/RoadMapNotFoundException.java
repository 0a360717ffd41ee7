package ru.opora.roadmap;

import ru.opora.common.NotFoundException;

public class RoadMapNotFoundException extends NotFoundException {

	public RoadMapNotFoundException(Object id) {
		super("error.notFound.roadMap", id);
	}

}
