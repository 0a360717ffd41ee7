package ru.opora.users;

/**
 * What a person does in the portal. Shown through the message keys
 * {@code Role.<CONSTANT>}.
 */
public enum Role {

	/** Accounts and reference data. */
	ADMIN,
	/** Reads everything in one region. */
	REGIONAL_OBSERVER,
	/** Runs the programme in one municipality. */
	COORDINATOR,
	/** Works with the schools assigned to them. */
	CURATOR,
	/** Principal or deputy of one school. */
	SCHOOL;

	public String authority() {
		return "ROLE_" + name();
	}

}
