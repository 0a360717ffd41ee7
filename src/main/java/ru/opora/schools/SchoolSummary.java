package ru.opora.schools;

/**
 * A school in lists.
 */
public record SchoolSummary(Long id, String name, String shortName, SchoolType type, Settlement settlement,
		String municipalityName, Integer distanceKm, Integer students, Integer teachers, boolean smallSchool) {

	static SchoolSummary of(School s) {
		return new SchoolSummary(s.getId(), s.getName(), s.getShortName(), s.getType(), s.getSettlement(),
				s.getMunicipality().getName(), s.getDistanceKm(), s.getStudents(), s.getTeachers(), s.isSmallSchool());
	}

}
