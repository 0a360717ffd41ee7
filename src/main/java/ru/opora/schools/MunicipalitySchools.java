package ru.opora.schools;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small read API for modules that compute figures of a whole municipality (the project
 * indicators, also for the public page): its schools in one query. No access check: the
 * caller decides who sees what it derives, and never shows a name without checking.
 */
@Service
@RequiredArgsConstructor
public class MunicipalitySchools {

	private final SchoolRepository schools;

	private final MunicipalityRepository municipalities;

	/**
	 * Every school of the municipality with its context facts, ordered by name.
	 */
	@Transactional(readOnly = true)
	public List<SchoolFacts> factsUnchecked(Long municipalityId) {
		return this.schools.factsOfMunicipality(municipalityId);
	}

	/**
	 * Every municipality (id, name, region), for callers that check access themselves.
	 */
	@Transactional(readOnly = true)
	public List<MunicipalityOption> allMunicipalitiesUnchecked() {
		return this.municipalities.allOptions();
	}

}
