package ru.opora.teachers;

import java.util.List;
import java.util.Map;

/**
 * The municipal figures of teachers for an academic year, as the overview page and its
 * export show them: per municipality, per school (where the user's role lists schools)
 * and in total. Counts only, never a name.
 *
 * @param year the academic year (2026 = 2026/27)
 * @param years the years the selector offers
 * @param perSchool whether schools are listed (the administrator sees municipalities
 * only)
 * @param linksToTeachers whether each school links to its teacher list (only for those
 * who see the teachers by name)
 * @param municipalities the blocks, by region and name
 * @param total the sum over everything shown
 * @param indicators indicators 9–12, 15 by municipality id, for municipalities shown
 * whole
 */
record TeacherFiguresReport(int year, List<Integer> years, boolean perSchool, boolean linksToTeachers,
		List<Block> municipalities, TeacherIndicators.SchoolFacts total, Map<Long, TeacherIndicatorValues> indicators) {

	public String yearLabel() {
		return AcademicYear.label(this.year);
	}

	public String label(int y) {
		return AcademicYear.label(y);
	}

	public List<Integer> indicatorNumbers() {
		return TeacherIndicatorValues.NUMBERS;
	}

	/**
	 * The indicators of the only municipality shown (the coordinator's page), or
	 * {@code null}.
	 */
	public TeacherIndicatorValues single() {
		return (this.municipalities.size() == 1) ? this.indicators.get(this.municipalities.get(0).id()) : null;
	}

	/** A municipality with its schools and their sum. */
	record Block(Long id, String name, String regionName, List<Row> schools, TeacherIndicators.SchoolFacts total) {

	}

	/** A school's line. */
	record Row(Long schoolId, String name, TeacherIndicators.SchoolFacts facts) {

	}

}
