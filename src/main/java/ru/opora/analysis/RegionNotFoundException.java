package ru.opora.analysis;

import ru.opora.common.NotFoundException;

public class RegionNotFoundException extends NotFoundException {

	public RegionNotFoundException(Long id) {
		super("error.notFound.region", id);
	}

}
