package ru.opora.schools;

/**
 * A school with where it is and the facts other modules compute with (the analysis of
 * results and social context): rural, distance, small school, students.
 */
public record SchoolFacts(Long id, String name, String shortName, Long municipalityId, String municipalityName,
		Long regionId, Settlement settlement, Integer distanceKm, boolean smallSchool, Integer students) {

	public boolean rural() {
		return this.settlement == Settlement.RURAL;
	}

}
