package ru.opora.teachers;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import ru.opora.common.NotFoundException;
import ru.opora.common.PagedResult;

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

	/**
	 * The schools the page lists: those of the municipality asked for, or of the only one
	 * shown; {@code null} when the page shows the municipalities' lines only (a scope of
	 * several municipalities with none asked for, or no school lines at all). A page
	 * lists at most {@link #PAGE_SIZE} schools whatever the size of the region (the
	 * export has every school).
	 * @param municipalityId the municipality asked for, or {@code null}
	 * @param query part of a school's name, or {@code null}
	 * @param page the page asked for (0-based), or {@code null}
	 * @throws NotFoundException when the municipality asked for is not shown by school
	 */
	Schools schools(Long municipalityId, String query, Integer page) {
		Block block;
		if (municipalityId != null) {
			block = this.perSchool
					? this.municipalities.stream().filter((b) -> b.id().equals(municipalityId)).findFirst().orElse(null)
					: null;
			if (block == null) {
				throw new NotFoundException("teachers.figures.municipalityNotFound", municipalityId);
			}
		}
		else if (this.perSchool && this.municipalities.size() == 1) {
			block = this.municipalities.get(0);
		}
		else {
			return null;
		}
		String q = (query != null && !query.isBlank()) ? query.strip() : null;
		if (q != null && q.length() > 100) {
			q = q.substring(0, 100);
		}
		List<Row> rows = block.schools();
		if (q != null) {
			String needle = fold(q);
			rows = rows.stream().filter((r) -> fold(r.name()).contains(needle)).toList();
		}
		return new Schools(block, q, this.municipalities.size() > 1, PagedResult.slice(rows, page, PAGE_SIZE));
	}

	private static String fold(String text) {
		return text.toLowerCase(Locale.ROOT).replace('ё', 'е');
	}

	/** At most this many schools on a page. */
	static final int PAGE_SIZE = 50;

	/**
	 * A municipality's schools as one page lists them.
	 *
	 * @param municipality the municipality with its total
	 * @param query the part of a name searched for, or {@code null}
	 * @param drillDown whether the page was reached from the lines of several
	 * municipalities (and links back to them)
	 * @param rows the page of schools
	 */
	record Schools(Block municipality, String query, boolean drillDown, PagedResult<Row> rows) {

	}

	/** A municipality with its schools and their sum. */
	record Block(Long id, String name, String regionName, List<Row> schools, TeacherIndicators.SchoolFacts total) {

	}

	/** A school's line. */
	record Row(Long schoolId, String name, TeacherIndicators.SchoolFacts facts) {

	}

}
