package ru.opora.network;

import ru.opora.common.NotFoundException;

/**
 * No such network, or none the user may see.
 */
public class NetworkNotFoundException extends NotFoundException {

	public NetworkNotFoundException(Long id) {
		super("error.notFound.network", id);
	}

}
