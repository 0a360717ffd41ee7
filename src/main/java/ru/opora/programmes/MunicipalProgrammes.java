package ru.opora.programmes;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A municipality's programme years without an access check, for modules that decide
 * themselves what they show (e.g. the public page, which shows only aggregates).
 */
@Service
@RequiredArgsConstructor
public class MunicipalProgrammes {

	private final ProgrammeYearRepository years;

	/**
	 * The municipality's programme years, newest first.
	 */
	@Transactional(readOnly = true)
	public List<ProgrammeYearSummary> ofMunicipality(Long municipalityId) {
		return this.years.findByMunicipalityIdOrderByYearDescIdDesc(municipalityId)
			.stream()
			.map(ProgrammeYearSummary::of)
			.toList();
	}

}
