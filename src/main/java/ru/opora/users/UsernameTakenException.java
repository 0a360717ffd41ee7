package ru.opora.users;

/**
 * Another account already has this login (case does not matter).
 */
public class UsernameTakenException extends RuntimeException {

	public UsernameTakenException(String username) {
		super("Username taken: " + username);
	}

}
