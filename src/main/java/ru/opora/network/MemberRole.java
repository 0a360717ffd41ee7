package ru.opora.network;

/**
 * A school's part in a network.
 */
public enum MemberRole {

	/** школа-наставник: high results or resilient */
	MENTOR,
	/** наставляемая школа: low results or risk zone */
	MENTEE

}
