package ru.opora.schools;

import java.util.Set;

/**
 * The schools a list may show: everything, a region, a municipality or some schools.
 */
public record SchoolScope(boolean all, Long regionId, Long municipalityId, Set<Long> schoolIds) {

	static SchoolScope everything() {
		return new SchoolScope(true, null, null, null);
	}

	static SchoolScope region(Long regionId) {
		return new SchoolScope(false, regionId, null, null);
	}

	static SchoolScope municipality(Long municipalityId) {
		return new SchoolScope(false, null, municipalityId, null);
	}

	static SchoolScope schools(Set<Long> ids) {
		return new SchoolScope(false, null, null, Set.copyOf(ids));
	}

	public boolean includesMunicipality(Long candidate, Long candidateRegionId) {
		return this.all || (this.municipalityId != null && this.municipalityId.equals(candidate))
				|| (this.regionId != null && this.regionId.equals(candidateRegionId));
	}

}
