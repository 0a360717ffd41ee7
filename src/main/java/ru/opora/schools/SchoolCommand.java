package ru.opora.schools;

/**
 * The editable facts of a school, from the create and edit forms.
 */
public record SchoolCommand(Long municipalityId, String name, String shortName, SchoolType type, String address,
		Settlement settlement, Integer distanceKm, Integer students, Integer teachers, boolean smallSchool,
		String principalName, String phone, String email) {

}
