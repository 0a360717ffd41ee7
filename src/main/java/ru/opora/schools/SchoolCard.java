package ru.opora.schools;

import java.util.Set;

/**
 * What the school card ({@code /schools/{id}}) shows, read in one SQL statement
 * ({@link SchoolService#card}), with what the user may do on it.
 *
 * @param editable whether the user may edit the card
 * ({@link SchoolAction#EDIT_SCHOOL_CARD})
 */
public record SchoolCard(Long id, Long municipalityId, String municipalityName, Long regionId, String regionName,
		String name, String shortName, SchoolType type, String address, Settlement settlement, Integer distanceKm,
		Integer students, Integer teachers, boolean smallSchool, String principalName, String phone, String email,
		boolean editable) {

	/**
	 * This card with its buttons as the user's allowed actions say
	 * ({@link SchoolAccess#checkViewAndMay}).
	 */
	SchoolCard withAllowed(Set<SchoolAction> allowed) {
		return new SchoolCard(this.id, this.municipalityId, this.municipalityName, this.regionId, this.regionName,
				this.name, this.shortName, this.type, this.address, this.settlement, this.distanceKm, this.students,
				this.teachers, this.smallSchool, this.principalName, this.phone, this.email,
				allowed.contains(SchoolAction.EDIT_SCHOOL_CARD));
	}

	public SchoolLocation location() {
		return new SchoolLocation(this.id, this.municipalityId, this.regionId);
	}

}
