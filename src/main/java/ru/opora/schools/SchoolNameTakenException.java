package ru.opora.schools;

/**
 * The municipality already has a school of that name.
 */
public class SchoolNameTakenException extends RuntimeException {

	public SchoolNameTakenException(String name) {
		super("School name taken: " + name);
	}

}
