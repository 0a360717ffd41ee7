package ru.opora.network;

/**
 * The coordinator's rules for the suggested pairs.
 */
public enum RuleKind {

	/** the pair must be in every suggestion */
	LOCK,
	/** the pair is never suggested */
	EXCLUDE_PAIR,
	/** the school takes no part in the suggestion */
	EXCLUDE_SCHOOL,
	/** the two schools asked not to be paired */
	CONFLICT

}
