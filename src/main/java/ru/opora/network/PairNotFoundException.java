package ru.opora.network;

import ru.opora.common.NotFoundException;

/**
 * No such pair, or none the user may see.
 */
public class PairNotFoundException extends NotFoundException {

	public PairNotFoundException(Long id) {
		super("error.notFound.networkPair", id);
	}

}
