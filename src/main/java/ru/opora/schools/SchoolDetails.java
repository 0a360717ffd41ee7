package ru.opora.schools;

/**
 * A school's card.
 */
public record SchoolDetails(Long id, Long municipalityId, String municipalityName, Long regionId, String regionName,
		String name, String shortName, SchoolType type, String address, Settlement settlement, Integer distanceKm,
		Integer students, Integer teachers, boolean smallSchool, String principalName, String phone, String email,
		long version, boolean editable) {

	static SchoolDetails of(School s, boolean editable) {
		Municipality m = s.getMunicipality();
		return new SchoolDetails(s.getId(), m.getId(), m.getName(), m.getRegion().getId(), m.getRegion().getName(),
				s.getName(), s.getShortName(), s.getType(), s.getAddress(), s.getSettlement(), s.getDistanceKm(),
				s.getStudents(), s.getTeachers(), s.isSmallSchool(), s.getPrincipalName(), s.getPhone(), s.getEmail(),
				s.getVersion(), editable);
	}

	public SchoolLocation location() {
		return new SchoolLocation(this.id, this.municipalityId, this.regionId);
	}

}
