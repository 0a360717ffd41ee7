package ru.opora.teachers;

import java.util.List;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.common.NotFoundException;
import ru.opora.schools.MunicipalityOption;
import ru.opora.schools.SchoolScope;
import ru.opora.schools.SchoolService;
import ru.opora.users.CurrentUser;

/**
 * Indicators 9, 10, 11, 12 and 15 of the project passport (seed 001) for a municipality
 * and an academic year, from the portal's data: ready for a monitoring module. Counts and
 * school ids only, never a name. Definitions: docs/teachers.md and
 * {@link TeacherIndicators}.
 */
@Service
@RequiredArgsConstructor
public class TeacherIndicatorService {

	private final TeacherFiguresService figures;

	private final TeacherAccess access;

	private final SchoolService schools;

	/**
	 * The indicators of a municipality whose figures the current user sees whole: the
	 * administrator, the regional observer of its region, its coordinator. Anyone else
	 * (or an unknown municipality) gets a {@link NotFoundException}.
	 * @param municipalityId the municipality
	 * @param academicYear the academic year, named by the year it starts in (2026 =
	 * 2026/27)
	 */
	@Transactional(readOnly = true)
	public TeacherIndicatorValues forMunicipality(Long municipalityId, int academicYear) {
		CurrentUser user = CurrentUser.require();
		MunicipalityOption municipality = this.schools.municipality(municipalityId)
			.orElseThrow(() -> new NotFoundException("teachers.figures.municipalityNotFound", municipalityId));
		SchoolScope scope = this.access.figuresScope(user);
		if (scope.schoolIds() != null || !scope.includesMunicipality(municipality.id(), municipality.regionId())) {
			throw new NotFoundException("teachers.figures.municipalityNotFound", municipalityId);
		}
		return forMunicipalityUnchecked(municipalityId, academicYear);
	}

	/**
	 * The same without an access check, for jobs that run without a user (a monitoring
	 * snapshot); never show its result to a user without checking their scope.
	 */
	@Transactional(readOnly = true)
	public TeacherIndicatorValues forMunicipalityUnchecked(Long municipalityId, int academicYear) {
		List<TeacherFiguresService.SchoolLine> lines = this.figures
			.lines(new SchoolScope(false, null, municipalityId, null), academicYear);
		int associations = this.figures.associations(java.util.Set.of(municipalityId), academicYear)
			.getOrDefault(municipalityId, 0);
		return TeacherIndicators.compute(municipalityId, academicYear,
				lines.stream().map(TeacherFiguresService.SchoolLine::facts).toList(), associations);
	}

}
