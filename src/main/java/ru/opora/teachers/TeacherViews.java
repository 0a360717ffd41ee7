package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the teacher pages show.
 */
final class TeacherViews {

	private TeacherViews() {
	}

	/**
	 * The filter of a school's teacher list.
	 *
	 * @param year the academic year of the diagnostics and plans
	 * @param status {@code active} (default), {@code left} or {@code all}
	 * @param risk {@code in}, {@code out}, {@code none} (no diagnostic) or empty
	 * @param subject a subject or empty
	 * @param plan {@code NONE}, a {@code teacher_plan.status} or empty
	 */
	record Filter(int year, String status, String risk, String subject, String plan) {

		public boolean any() {
			return !"active".equals(this.status) || !this.risk.isEmpty() || !this.subject.isEmpty()
					|| !this.plan.isEmpty();
		}

	}

	record Row(Long id, String fullName, List<String> subjects, String position, Qualification qualification,
			Integer experienceYears, LocalDate leftOn, boolean anonymised, boolean diagnosed, boolean riskGroup,
			String planStatus) {

	}

	/**
	 * A school's teachers: the rows the filter keeps, and counts that do not change with
	 * the filter (active teachers of the school in the year).
	 */
	record SchoolTeachers(Long schoolId, String schoolName, Long municipalityId, Filter filter, List<Row> rows,
			int active, int departed, int diagnosed, int riskGroup, int withPlan, List<String> subjects,
			List<Integer> years, boolean canKeep, boolean canMove) {

	}

	record Period(String schoolName, LocalDate from, LocalDate to) {

	}

	record Score(String area, BigDecimal score, boolean below) {

	}

	record Diagnostic(int year, String yearLabel, List<Score> scores, BigDecimal externalPercent,
			ExternalLevel externalLevel, String note, boolean riskGroup, List<RiskRule.Reason> reasons) {

	}

	record Card(Long id, String fullName, List<String> subjects, String position, Qualification qualification,
			Integer experienceYears, String email, LocalDate leftOn, boolean anonymised, Long schoolId,
			String schoolName, Long municipalityId, List<Period> periods, List<Diagnostic> diagnostics, RiskRule rule,
			boolean canKeep, boolean canMove, int year, long version) {

	}

	/**
	 * The diagnostic form of a teacher and year: a score per active competence area, the
	 * external result and a note.
	 */
	record DiagnosticForm(int year, Map<Long, String> scores, String externalPercent, String externalLevel,
			String note) {

	}

}
