package ru.opora.users;

import ru.opora.common.NotFoundException;

public class AccountNotFoundException extends NotFoundException {

	public AccountNotFoundException(Long id) {
		super("error.notFound.account", id);
	}

}
