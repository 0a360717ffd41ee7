package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import ru.opora.schools.MunicipalityOption;

/**
 * Read models of the course catalogue and of enrolments.
 */
public final class CourseViews {

	private CourseViews() {
	}

	/**
	 * A course of the catalogue with its enrolment counts (no names).
	 */
	public record CourseSummary(Long id, Long municipalityId, String municipalityName, String title, String provider,
			Integer hours, CourseFormat format, LocalDate startsOn, LocalDate endsOn, String description,
			boolean active, long version, int enrolled, int completed, int grew) {

	}

	/**
	 * The catalogue page: the municipalities the user sees, the one shown, its courses,
	 * and whether the user keeps it.
	 */
	public record Catalogue(List<MunicipalityOption> municipalities, MunicipalityOption selected,
			List<CourseSummary> courses, boolean canManage) {

	}

	/**
	 * A course's page: the course, counts by status of all its enrolments, the rows the
	 * user sees by name, and the teachers the user may still enrol.
	 */
	public record CourseDetails(CourseSummary course, Map<EnrolmentStatus, Integer> counts, int grew, int withScores,
			List<EnrolmentRow> rows, int hiddenRows, boolean canManage, List<TeacherOption> enrollable) {

	}

	/**
	 * An enrolment as a list shows it (names only where the user sees them).
	 */
	public record EnrolmentRow(Long id, Long courseId, String courseTitle, String provider, Integer hours,
			CourseFormat format, LocalDate startsOn, LocalDate endsOn, Long teacherId, String teacherName,
			String schoolName, EnrolmentStatus status, BigDecimal entryScore, BigDecimal finalScore,
			LocalDate completedOn, boolean certificate) {

		/**
		 * Indicator 10: the final score above the entry score (null: a score is missing).
		 */
		public Boolean grew() {
			return Enrolment.grew(this.entryScore, this.finalScore);
		}

		/** The entry score as people write it («72», «72,5»), or null. */
		public String entryText() {
			return EnrolmentForm.text(this.entryScore);
		}

		/** The final score as people write it, or null. */
		public String finalText() {
			return EnrolmentForm.text(this.finalScore);
		}

	}

	/**
	 * A teacher in a drop-down (names only where the user keeps the teacher).
	 */
	public record TeacherOption(Long id, String name, String schoolName) {

	}

	/**
	 * A course in a drop-down.
	 */
	public record CourseOption(Long id, String title, String provider) {

	}

	/**
	 * The teacher card's section «Курсы повышения квалификации».
	 */
	public record CardCourses(Long teacherId, boolean canKeep, List<EnrolmentRow> enrolments,
			List<CourseOption> courses) {

	}

	/**
	 * One enrolment's page.
	 */
	public record EnrolmentDetails(EnrolmentRow row, long version, Long schoolId, boolean canKeep,
			List<EnrolmentStatus> next, String certificateName) {

	}

}
