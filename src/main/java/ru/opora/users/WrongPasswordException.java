package ru.opora.users;

/**
 * The current password given to change it was wrong.
 */
public class WrongPasswordException extends RuntimeException {

	public WrongPasswordException() {
		super("Wrong current password");
	}

}
