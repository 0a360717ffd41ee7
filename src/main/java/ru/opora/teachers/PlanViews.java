package ru.opora.teachers;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * Read models of individual development plans.
 */
public final class PlanViews {

	private PlanViews() {
	}

	/**
	 * The card's section «Индивидуальный образовательный маршрут» for a year: the plan
	 * (or none), whether the user may create or change it, and why the teacher is in the
	 * risk group.
	 */
	public record CardPlan(Long teacherId, int academicYear, String yearLabel, PlanSummary plan, boolean canKeep,
			List<Reason> reasons) {

	}

	/**
	 * Why the teacher is in the «группа риска» (see {@link RiskRule.Reason}): kind
	 * AREA_BELOW, EXTERNAL_LEVEL or EXTERNAL_BELOW.
	 */
	public record Reason(String kind, String area, BigDecimal value, BigDecimal threshold, String level) {

		static Reason of(RiskRule.Reason r) {
			return new Reason(r.kind().name(), r.area(), r.value(), r.threshold(),
					(r.level() != null) ? r.level().name() : null);
		}

	}

	/**
	 * A plan in short: status, deficits, items done of all, the mentor.
	 */
	public record PlanSummary(Long id, PlanStatus status, List<String> areas, int items, int done, String mentorName,
			Long networkPairId) {

	}

	/**
	 * A competence area with whether the plan addresses it.
	 */
	public record AreaChoice(Long id, String name, boolean chosen, boolean risk) {

	}

	public record ItemView(Long id, String title, Long courseId, String courseTitle, LocalDate dueOn, boolean done,
			boolean overdue) {

	}

	public record MentorOption(Long id, String name) {

	}

	/**
	 * A plan's page.
	 */
	public record PlanDetails(Long id, long version, Long teacherId, String teacherName, Long schoolId,
			String schoolName, int academicYear, String yearLabel, PlanStatus status, String goals,
			List<AreaChoice> areas, List<ItemView> items, Long mentorTeacherId, String mentorName,
			String mentorSchoolName, Long networkPairId, Long activePairId, List<MentorOption> mentorOptions,
			List<CourseViews.CourseOption> courses, List<Reason> riskReasons, boolean canKeep, boolean editable) {

	}

}
