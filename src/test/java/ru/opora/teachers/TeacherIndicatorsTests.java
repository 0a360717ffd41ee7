package ru.opora.teachers;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Indicators 9, 10, 11, 12 and 15 from per-school counts, computed by hand.
 */
class TeacherIndicatorsTests {

	// school, teachers, diagnosed, risk, risk completed, plan, completed, scored, grew,
	// members
	static final TeacherIndicators.SchoolFacts SCHOOL_1 = new TeacherIndicators.SchoolFacts(1L, 10, 8, 3, 1, 4, 5, 4, 3,
			6);

	static final TeacherIndicators.SchoolFacts SCHOOL_2 = new TeacherIndicators.SchoolFacts(2L, 20, 12, 1, 1, 2, 2, 2,
			0, 0);

	static final TeacherIndicators.SchoolFacts EMPTY_SCHOOL = new TeacherIndicators.SchoolFacts(3L, 0, 0, 0, 0, 0, 0, 0,
			0, 0);

	@Test
	void sharesOfTheMunicipalityAreSumsOverSchools() {
		TeacherIndicatorValues v = TeacherIndicators.compute(7L, 2026, List.of(SCHOOL_2, SCHOOL_1, EMPTY_SCHOOL), 2);
		assertThat(v.municipalityId()).isEqualTo(7L);
		assertThat(v.academicYear()).isEqualTo(2026);
		assertThat(v.indicators()).extracting(TeacherIndicator::number).containsExactly(9, 10, 11, 12, 15);

		// 9: risk group who completed a course: (1 + 1) / (3 + 1) = 0.5
		TeacherIndicator i9 = v.indicator(9);
		assertThat(i9.numerator()).isEqualTo(2);
		assertThat(i9.denominator()).isEqualTo(4);
		assertThat(i9.value()).isEqualByComparingTo("0.5");
		assertThat(i9.percent()).isEqualByComparingTo("50.0");
		assertThat(i9.schoolIds()).containsExactly(1L, 2L);

		// 10: grew of those with both scores: (3 + 0) / (4 + 2) = 0.5
		assertThat(v.indicator(10).numerator()).isEqualTo(3);
		assertThat(v.indicator(10).denominator()).isEqualTo(6);
		assertThat(v.indicator(10).value()).isEqualByComparingTo("0.5");

		// 11: two associations exist
		TeacherIndicator i11 = v.indicator(11);
		assertThat(i11.yesNo()).isTrue();
		assertThat(i11.value()).isEqualByComparingTo("1");
		assertThat(i11.numerator()).isEqualTo(2);
		assertThat(i11.denominator()).isNull();
		assertThat(i11.schoolIds()).containsExactly(1L, 2L);

		// 12: members of all teachers: 6 / 30 = 0.2
		assertThat(v.indicator(12).numerator()).isEqualTo(6);
		assertThat(v.indicator(12).denominator()).isEqualTo(30);
		assertThat(v.indicator(12).value()).isEqualByComparingTo("0.2");
		assertThat(v.indicator(12).schools()).containsExactly(new TeacherIndicator.SchoolPart(1L, 6, 10),
				new TeacherIndicator.SchoolPart(2L, 0, 20));

		// 15: risk group of those diagnosed: 4 / 20 = 0.2
		assertThat(v.indicator(15).numerator()).isEqualTo(4);
		assertThat(v.indicator(15).denominator()).isEqualTo(20);
		assertThat(v.indicator(15).value()).isEqualByComparingTo("0.2");
	}

	@Test
	void aShareIsRoundedToFourDecimalsHalfUp() {
		// 1/3 = 0.33333 → 0.3333; 2/3 = 0.66666 → 0.6667 (66.7 %)
		TeacherIndicators.SchoolFacts s = new TeacherIndicators.SchoolFacts(1L, 3, 3, 2, 0, 0, 0, 0, 0, 1);
		TeacherIndicatorValues v = TeacherIndicators.compute(1L, 2025, List.of(s), 0);
		assertThat(v.indicator(12).value()).isEqualTo(new BigDecimal("0.3333"));
		assertThat(v.indicator(15).value()).isEqualTo(new BigDecimal("0.6667"));
		assertThat(v.indicator(15).percent()).isEqualTo(new BigDecimal("66.7"));
	}

	@Test
	void withoutDataASharesValueIsNullAndNoAssociationIsZero() {
		TeacherIndicatorValues v = TeacherIndicators.compute(1L, 2026, List.of(EMPTY_SCHOOL), 0);
		assertThat(v.indicator(9).value()).isNull();
		assertThat(v.indicator(9).percent()).isNull();
		assertThat(v.indicator(9).denominator()).isZero();
		assertThat(v.indicator(9).schools()).isEmpty();
		assertThat(v.indicator(11).value()).isEqualByComparingTo("0");
		assertThat(v.indicator(11).percent()).isEqualByComparingTo("0");
		assertThat(TeacherIndicators.compute(1L, 2026, List.of(), 0).indicator(12).value()).isNull();
	}

	@Test
	void everyoneInTheRiskGroupCompletedACourse() {
		TeacherIndicators.SchoolFacts s = new TeacherIndicators.SchoolFacts(5L, 4, 4, 4, 4, 4, 4, 4, 4, 4);
		TeacherIndicatorValues v = TeacherIndicators.compute(1L, 2026, List.of(s), 1);
		assertThat(v.indicators()).filteredOn((i) -> !i.yesNo())
			.allSatisfy((i) -> assertThat(i.value()).isEqualByComparingTo("1"));
	}

	@Test
	void onlyTheFiveIndicatorsAreThere() {
		TeacherIndicatorValues v = TeacherIndicators.compute(1L, 2026, List.of(SCHOOL_1), 0);
		assertThatThrownBy(() -> v.indicator(13)).isInstanceOf(java.util.NoSuchElementException.class);
	}

	@Test
	void factsAddUp() {
		TeacherIndicators.SchoolFacts sum = TeacherIndicators.SchoolFacts.NONE.plus(SCHOOL_1).plus(SCHOOL_2);
		assertThat(sum).isEqualTo(new TeacherIndicators.SchoolFacts(null, 30, 20, 4, 2, 6, 7, 6, 3, 6));
	}

}
