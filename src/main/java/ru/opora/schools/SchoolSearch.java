package ru.opora.schools;

/**
 * Filters of the school list; any may be empty.
 */
public record SchoolSearch(String query, Long municipalityId, SchoolType type, Settlement settlement,
		Boolean smallSchool) {

	public static SchoolSearch none() {
		return new SchoolSearch(null, null, null, null, null);
	}

}
