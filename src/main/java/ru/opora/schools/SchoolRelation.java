package ru.opora.schools;

/**
 * How a user stands to a school. A user may stand in several relations at once (a
 * coordinator's school is also in their region); the school's own account and a curator
 * who works at it are {@link #OWN_SCHOOL}.
 */
public enum SchoolRelation {

	/** The user's account belongs to the school. */
	OWN_SCHOOL,

	/** The user is a curator currently assigned to the school. */
	ASSIGNED_CURATOR,

	/** The school is in the user's municipality. */
	OWN_MUNICIPALITY,

	/** The school is in the user's region. */
	OWN_REGION,

	/** None of the above. */
	OTHER

}
