package ru.opora.schools;

import java.math.BigDecimal;

/**
 * A school as distances and comparisons between schools see it: type, size, distance to
 * the district centre and, when known, coordinates.
 */
public record SchoolPlace(Long id, String name, String shortName, SchoolType type, Long municipalityId, Long regionId,
		Settlement settlement, Integer distanceKm, Integer students, BigDecimal latitude, BigDecimal longitude) {

	public Double lat() {
		return (this.latitude != null) ? this.latitude.doubleValue() : null;
	}

	public Double lon() {
		return (this.longitude != null) ? this.longitude.doubleValue() : null;
	}

}
