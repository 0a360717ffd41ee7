package ru.opora.teachers;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Indicators 9, 10, 11, 12 and 15 from the counts of each school's teachers in an
 * academic year: a pure function (no database, no clock).
 * <ul>
 * <li>9: risk-group teachers who completed a course in the year / risk-group
 * teachers;</li>
 * <li>10: teachers with a course completed in the year with both test scores whose final
 * score is above the entry score / teachers with a course completed in the year with both
 * scores;</li>
 * <li>11: an association of the municipality exists (1) or not (0);</li>
 * <li>12: teachers who are members of at least one association of the municipality /
 * teachers;</li>
 * <li>15: risk-group teachers / teachers with a diagnostic of the year.</li>
 * </ul>
 * "Teachers" are the teachers of the year: at the school, and not departed before the
 * year began.
 */
final class TeacherIndicators {

	private TeacherIndicators() {
	}

	static TeacherIndicatorValues compute(Long municipalityId, int academicYear, List<SchoolFacts> facts,
			int associations) {
		List<SchoolFacts> schools = facts.stream().sorted(Comparator.comparing(SchoolFacts::schoolId)).toList();
		TeacherIndicator i11 = new TeacherIndicator(11, (associations > 0) ? BigDecimal.ONE : BigDecimal.ZERO,
				associations, null, parts(schools, SchoolFacts::members, SchoolFacts::teachers));
		return new TeacherIndicatorValues(municipalityId, academicYear,
				List.of(share(9, schools, SchoolFacts::riskGroupCompleted, SchoolFacts::riskGroup),
						share(10, schools, SchoolFacts::competenceGrew, SchoolFacts::scoredCourse), i11,
						share(12, schools, SchoolFacts::members, SchoolFacts::teachers),
						share(15, schools, SchoolFacts::riskGroup, SchoolFacts::diagnosed)));
	}

	/**
	 * numerator / denominator, four decimals, half up; {@code null} for a zero
	 * denominator.
	 */
	static BigDecimal ratio(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), 4, RoundingMode.HALF_UP);
	}

	private static TeacherIndicator share(int number, List<SchoolFacts> schools, ToIntFunction<SchoolFacts> numerator,
			ToIntFunction<SchoolFacts> denominator) {
		long num = schools.stream().mapToLong(numerator::applyAsInt).sum();
		long den = schools.stream().mapToLong(denominator::applyAsInt).sum();
		return new TeacherIndicator(number, ratio(num, den), num, den, parts(schools, numerator, denominator));
	}

	/**
	 * The schools with something in the figure: a non-zero numerator (for 11) or
	 * denominator.
	 */
	private static List<TeacherIndicator.SchoolPart> parts(List<SchoolFacts> schools,
			ToIntFunction<SchoolFacts> numerator, ToIntFunction<SchoolFacts> denominator) {
		return schools.stream()
			.filter((s) -> numerator.applyAsInt(s) > 0 || denominator.applyAsInt(s) > 0)
			.map((s) -> new TeacherIndicator.SchoolPart(s.schoolId(), numerator.applyAsInt(s),
					denominator.applyAsInt(s)))
			.toList();
	}

	/**
	 * The counts of one school's teachers of the year.
	 *
	 * @param schoolId the school
	 * @param teachers teachers of the year
	 * @param diagnosed of them, with a diagnostic of the year
	 * @param riskGroup of them, in the «группа риска» of the year
	 * @param riskGroupCompleted of the risk group, with a course completed in the year
	 * @param withPlan of them, with an individual plan (ИОМ) of the year
	 * @param completedCourse of them, with a course completed in the year
	 * @param scoredCourse of them, with a course completed in the year with both scores
	 * @param competenceGrew of those, with a final score above the entry score
	 * @param members of them, members of an association of the municipality
	 */
	record SchoolFacts(Long schoolId, int teachers, int diagnosed, int riskGroup, int riskGroupCompleted, int withPlan,
			int completedCourse, int scoredCourse, int competenceGrew, int members) {

		static final SchoolFacts NONE = new SchoolFacts(null, 0, 0, 0, 0, 0, 0, 0, 0, 0);

		SchoolFacts plus(SchoolFacts o) {
			return new SchoolFacts(this.schoolId, this.teachers + o.teachers, this.diagnosed + o.diagnosed,
					this.riskGroup + o.riskGroup, this.riskGroupCompleted + o.riskGroupCompleted,
					this.withPlan + o.withPlan, this.completedCourse + o.completedCourse,
					this.scoredCourse + o.scoredCourse, this.competenceGrew + o.competenceGrew,
					this.members + o.members);
		}

	}

}
