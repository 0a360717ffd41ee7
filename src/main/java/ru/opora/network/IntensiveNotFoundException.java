package ru.opora.network;

import ru.opora.common.NotFoundException;

/**
 * No such day, session or satisfaction link of the «Дни образовательных интенсивов», or
 * none the user may see.
 */
public class IntensiveNotFoundException extends NotFoundException {

	public IntensiveNotFoundException(Object id) {
		super("network.intensives.notFound", id);
	}

}
