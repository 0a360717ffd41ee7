package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default rule of DOMAIN.md, checked against values computed by hand.
 */
class ClassificationCalculatorTests {

	static final ClassificationParameters RULE = ClassificationParameters.defaults();

	static final SchoolTraits URBAN = new SchoolTraits(false, false, 0);

	static BigDecimal d(String value) {
		return new BigDecimal(value);
	}

	static AssessmentFigure vpr(String subject, int participants, String shareBelow) {
		return new AssessmentFigure(Assessment.VPR, subject, 5, participants, d("3.1"), d(shareBelow), d("20"));
	}

	static PassportFigures passport(int year, String lowIncome, String singleParent, String disability,
			String nonNative, String preventive, String higherEducation) {
		return new PassportFigures(year, 100, dn(lowIncome), dn(singleParent), dn(disability), dn(nonNative),
				dn(preventive), dn(higherEducation));
	}

	static BigDecimal dn(String value) {
		return (value != null) ? d(value) : null;
	}

	/** two low assessments of two: low */
	static ResultSummary low(int year) {
		return ClassificationCalculator.summarize(year,
				List.of(vpr("Математика", 20, "40"), vpr("Русский язык", 20, "35")), RULE);
	}

	/** one low assessment of two: not low */
	static ResultSummary notLow(int year) {
		return ClassificationCalculator.summarize(year,
				List.of(vpr("Математика", 20, "40"), vpr("Русский язык", 20, "10")), RULE);
	}

	@Nested
	class Results {

		@Test
		void countsLowAssessmentsAndWeighsTheMeanByParticipants() {
			// 35 % and exactly 30 % are low, 29.99 % is not; mean = (35·20 + 30·20 +
			// 29.99·10) / 50 = 31.998
			ResultSummary summary = ClassificationCalculator
				.summarize(2025,
						List.of(vpr("Математика", 20, "35"), vpr("Русский язык", 20, "30.00"),
								new AssessmentFigure(Assessment.OGE, "Математика", 9, 10, null, d("29.99"), null)),
						RULE);
			assertThat(summary.counted()).isEqualTo(3);
			assertThat(summary.low()).isEqualTo(2);
			assertThat(summary.meanShareBelow()).isEqualByComparingTo("32.0");
			// the second weakest: exactly the threshold
			assertThat(summary.decisiveShare()).isEqualByComparingTo("30.00");
			assertThat(summary.checks()).extracting(AssessmentCheck::low).containsExactly(true, true, false);
			assertThat(ClassificationCalculator.level(summary, RULE)).isEqualTo(ResultLevel.LOW);
		}

		@Test
		void oneLowAssessmentIsNotEnough() {
			assertThat(ClassificationCalculator.level(notLow(2025), RULE)).isEqualTo(ResultLevel.NOT_LOW);
		}

		@Test
		void assessmentsWithTooFewParticipantsAreLeftOut() {
			ClassificationParameters rule = new ClassificationParameters(d("30"), 2, 5, 2, d("65"), RULE.weights(), 50);
			// 4 participants: not counted, neither as low nor in the mean
			ResultSummary summary = ClassificationCalculator.summarize(2025,
					List.of(vpr("Математика", 4, "100"), vpr("Русский язык", 10, "50"), vpr("История", 30, "10")),
					rule);
			assertThat(summary.counted()).isEqualTo(2);
			assertThat(summary.low()).isEqualTo(1);
			// (50·10 + 10·30) / 40 = 20
			assertThat(summary.meanShareBelow()).isEqualByComparingTo("20.0");
			assertThat(summary.checks().get(0).counted()).isFalse();
			// the 100 % of the left-out assessment does not count: the second weakest is
			// 10 %
			assertThat(summary.decisiveShare()).isEqualByComparingTo("10");
			assertThat(ClassificationCalculator.level(summary, rule)).isEqualTo(ResultLevel.NOT_LOW);
		}

		@Test
		void aYearWithoutCountedAssessmentsHasNoLevel() {
			ResultSummary empty = ClassificationCalculator.summarize(2025, List.of(), RULE);
			assertThat(empty.meanShareBelow()).isNull();
			assertThat(empty.decisiveShare()).isNull();
			// one assessment of the two the rule needs: no decisive share, never low
			ResultSummary one = ClassificationCalculator.summarize(2025, List.of(vpr("Математика", 10, "90")), RULE);
			assertThat(one.decisiveShare()).isNull();
			assertThat(ClassificationCalculator.level(one, RULE)).isEqualTo(ResultLevel.NOT_LOW);
			assertThat(ClassificationCalculator.level(empty, RULE)).isEqualTo(ResultLevel.NO_DATA);
			assertThat(ClassificationCalculator.level(null, RULE)).isEqualTo(ResultLevel.NO_DATA);
		}

	}

	@Nested
	class WellbeingIndex {

		@Test
		void adverseRuralSmallRemoteSchool() {
			// scores·weights: HE 20·2 = 40; LI (100−30)·2 = 140; SP 75; ОВЗ 90; NN 100;
			// PR 95; rural, small,
			// remote 0 each → 540 / (2+2+1+1+1+1+0.5+0.5+0.5 = 9.5) = 56.84… → 56.8
			Wellbeing w = ClassificationCalculator.wellbeing(passport(2025, "30", "25", "10", "0", "5", "20"),
					new SchoolTraits(true, true, 60), RULE);
			assertThat(w.index()).isEqualByComparingTo("56.8");
			assertThat(w.parts()).allMatch(WellbeingPart::counted);
			assertThat(ClassificationCalculator.context(w, RULE)).isEqualTo(SocialContext.ADVERSE);
		}

		@Test
		void favourableUrbanSchool() {
			// 40·2 + 90·2 + 85 + 97 + 98 + 99 + 3·(100·0.5) = 789 / 9.5 = 83.05… → 83.1
			Wellbeing w = ClassificationCalculator.wellbeing(passport(2025, "10", "15", "3", "2", "1", "40"), URBAN,
					RULE);
			assertThat(w.index()).isEqualByComparingTo("83.1");
			assertThat(ClassificationCalculator.context(w, RULE)).isEqualTo(SocialContext.FAVOURABLE);
		}

		@Test
		void unknownSharesAndDistanceAreLeftOutAndTheWeightsRenormalised() {
			// LI 60·2 = 120, rural 0·0.5, not small 100·0.5 = 50, distance unknown → 170
			// / 3 = 56.67 → 56.7
			Wellbeing w = ClassificationCalculator.wellbeing(passport(2025, "40", null, null, null, null, null),
					new SchoolTraits(true, false, null), RULE);
			assertThat(w.index()).isEqualByComparingTo("56.7");
			assertThat(w.parts()).filteredOn(WellbeingPart::counted)
				.extracting(WellbeingPart::factor)
				.containsExactly(WellbeingFactor.LOW_INCOME, WellbeingFactor.RURAL, WellbeingFactor.SMALL_SCHOOL);
		}

		@Test
		void noPassportOrNoShareMeansNoIndex() {
			assertThat(ClassificationCalculator.wellbeing(null, URBAN, RULE).index()).isNull();
			Wellbeing traitsOnly = ClassificationCalculator
				.wellbeing(passport(2025, null, null, null, null, null, null), URBAN, RULE);
			assertThat(traitsOnly.index()).isNull();
			assertThat(ClassificationCalculator.context(traitsOnly, RULE)).isEqualTo(SocialContext.NO_DATA);
		}

		@Test
		void theThresholdItselfIsFavourable() {
			Map<WellbeingFactor, BigDecimal> onlyHigherEducation = new EnumMap<>(WellbeingFactor.class);
			onlyHigherEducation.put(WellbeingFactor.HIGHER_EDUCATION, BigDecimal.ONE);
			ClassificationParameters rule = new ClassificationParameters(d("30"), 2, 1, 2, d("65"), onlyHigherEducation,
					50);
			Wellbeing at = ClassificationCalculator.wellbeing(passport(2025, "90", null, null, null, null, "65"), URBAN,
					rule);
			Wellbeing below = ClassificationCalculator.wellbeing(passport(2025, "90", null, null, null, null, "64.9"),
					URBAN, rule);
			assertThat(at.index()).isEqualByComparingTo("65.0");
			assertThat(ClassificationCalculator.context(at, rule)).isEqualTo(SocialContext.FAVOURABLE);
			assertThat(below.index()).isEqualByComparingTo("64.9");
			assertThat(ClassificationCalculator.context(below, rule)).isEqualTo(SocialContext.ADVERSE);
			// weighted 0: the low-income share is shown but not counted
			assertThat(at.parts().get(WellbeingFactor.LOW_INCOME.ordinal()).counted()).isFalse();
		}

		@Test
		void remoteFromTheThresholdDistanceOn() {
			PassportFigures p = passport(2025, "0", "0", "0", "0", "0", "100");
			// shares weigh 8 with score 100; not rural, not small: 100·0.5 each; remote
			// at 50 km: 0
			// → (800 + 50 + 50 + 0) / 9.5 = 94.74 → 94.7
			// → 900 − 50 = 850 / 9.5 = 89.47 → 89.5
			assertThat(ClassificationCalculator.wellbeing(p, new SchoolTraits(false, false, 50), RULE).index())
				.isEqualByComparingTo("94.7");
			assertThat(ClassificationCalculator.wellbeing(p, new SchoolTraits(false, false, 49), RULE).index())
				.isEqualByComparingTo("100.0");
		}

	}

	@Nested
	class Years {

		PassportFigures adverse(int year) {
			return passport(year, "45", "35", "10", "25", "6", "8");
		}

		PassportFigures favourable(int year) {
			return passport(year, "10", "15", "3", "2", "1", "40");
		}

		@Test
		void theFourGroups() {
			List<YearClassification> years = ClassificationCalculator.classify(RULE, URBAN,
					Map.of(2022, notLow(2022), 2023, notLow(2023), 2024, low(2024), 2025, low(2025)),
					Map.of(2022, favourable(2022), 2023, adverse(2023), 2024, favourable(2024), 2025, adverse(2025)));
			assertThat(years).extracting(YearClassification::group)
				.containsExactly(SchoolGroup.STRONG, SchoolGroup.RESILIENT, SchoolGroup.RISK_ZONE,
						SchoolGroup.LOW_ADVERSE);
		}

		@Test
		void persistentlyLowFromTheSecondConsecutiveLowYear() {
			List<YearClassification> years = ClassificationCalculator.classify(RULE, URBAN,
					Map.of(2021, low(2021), 2022, low(2022), 2023, low(2023), 2024, notLow(2024), 2025, low(2025)),
					Map.of());
			assertThat(years).extracting(YearClassification::lowYearsRunning).containsExactly(1, 2, 3, 0, 1);
			assertThat(years).extracting(YearClassification::persistentlyLow)
				.containsExactly(false, true, true, false, false);
			// no passport: the group is unknown, the results level is not
			assertThat(years).extracting(YearClassification::group).containsOnly(SchoolGroup.NO_DATA);
			assertThat(years.get(0).level()).isEqualTo(ResultLevel.LOW);
		}

		@Test
		void aMissingYearBreaksTheRun() {
			List<YearClassification> years = ClassificationCalculator.classify(RULE, URBAN,
					Map.of(2021, low(2021), 2023, low(2023)), Map.of());
			assertThat(years).extracting(YearClassification::year).containsExactly(2021, 2023);
			assertThat(years.get(1).lowYearsRunning()).isEqualTo(1);
			assertThat(years.get(1).persistentlyLow()).isFalse();
			assertThat(years.get(1).trend()).isEqualTo(Trend.NO_DATA);
		}

		@Test
		void aYearWithOnlyAPassportHasNoResultsAndBreaksTheRun() {
			List<YearClassification> years = ClassificationCalculator.classify(RULE, URBAN,
					Map.of(2023, low(2023), 2025, low(2025)), Map.of(2024, adverse(2024)));
			assertThat(years).extracting(YearClassification::year).containsExactly(2023, 2024, 2025);
			assertThat(years.get(1).level()).isEqualTo(ResultLevel.NO_DATA);
			assertThat(years.get(1).context()).isEqualTo(SocialContext.ADVERSE);
			assertThat(years.get(2).lowYearsRunning()).isEqualTo(1);
		}

		@Test
		void persistenceNeedsAsManyYearsAsTheRuleSays() {
			ClassificationParameters three = new ClassificationParameters(d("30"), 2, 1, 3, d("65"), RULE.weights(),
					50);
			List<YearClassification> years = ClassificationCalculator.classify(three, URBAN,
					Map.of(2023, low(2023), 2024, low(2024), 2025, low(2025)), Map.of());
			assertThat(years).extracting(YearClassification::persistentlyLow).containsExactly(false, false, true);
		}

		@Test
		void trendOfTheMeanShareBelowThePassMark() {
			// means: 2023 (40·20+35·20)/40 = 37.5; 2024 (40+10)/2 = 25.0 → −12.5
			// improving; 2025 37.5 → +12.5
			List<YearClassification> years = ClassificationCalculator.classify(RULE, URBAN,
					Map.of(2023, low(2023), 2024, notLow(2024), 2025, low(2025)), Map.of());
			assertThat(years).extracting(YearClassification::trend)
				.containsExactly(Trend.NO_DATA, Trend.IMPROVING, Trend.WORSENING);
			assertThat(years.get(1).trendDelta()).isEqualByComparingTo("-12.5");
		}

		@Test
		void aChangeBelowOnePointIsStable() {
			assertThat(ClassificationCalculator.trend(d("-1.0"))).isEqualTo(Trend.IMPROVING);
			assertThat(ClassificationCalculator.trend(d("-0.9"))).isEqualTo(Trend.STABLE);
			assertThat(ClassificationCalculator.trend(d("0.9"))).isEqualTo(Trend.STABLE);
			assertThat(ClassificationCalculator.trend(d("1.0"))).isEqualTo(Trend.WORSENING);
		}

	}

	/**
	 * The clause «the same assessment two years running»: a low year continues the run
	 * only if one assessment (procedure, subject, grade) was low in both years. Threshold
	 * 30 %, two low assessments a year, persistent from the second year.
	 */
	@Nested
	class SameAssessmentTwoYearsRunning {

		AssessmentFigure figure(Assessment assessment, String subject, int grade, int participants, String share) {
			return new AssessmentFigure(assessment, subject, grade, participants, d("3.1"), d(share), d("20"));
		}

		ResultSummary year(int year, AssessmentFigure... figures) {
			return ClassificationCalculator.summarize(year, List.of(figures), RULE);
		}

		List<YearClassification> classify(ResultSummary first, ResultSummary second) {
			return ClassificationCalculator.classify(RULE, URBAN, Map.of(first.year(), first, second.year(), second),
					Map.of());
		}

		@Test
		void exactlyAtTheThresholdBothYearsContinuesTheRun() {
			// 2024: math 5 = 30.0 (low: ≥ 30), Russian 5 = 31 → 2 low; 2025: math 5 =
			// 30.0
			// again, history 6 = 45 → 2 low; math 5 low both years → run 2, persistent
			List<YearClassification> years = classify(
					year(2024, figure(Assessment.VPR, "Математика", 5, 20, "30.0"),
							figure(Assessment.VPR, "Русский язык", 5, 20, "31")),
					year(2025, figure(Assessment.VPR, "математика", 5, 20, "30.0"),
							figure(Assessment.VPR, "История", 6, 20, "45")));
			assertThat(years).extracting(YearClassification::level).containsOnly(ResultLevel.LOW);
			assertThat(years.get(1).lowYearsRunning()).isEqualTo(2);
			assertThat(years.get(1).persistentlyLow()).isTrue();
			assertThat(years.get(1).sameLowAssessment()).isEqualTo(new AssessmentKey(Assessment.VPR, "Математика", 5));
			assertThat(years.get(1).runBrokenByOtherAssessments()).isFalse();
		}

		@Test
		void justBelowTheThresholdTheSecondYearBreaksTheRun() {
			// 2025: math 5 = 29.9 (not low); history 6 = 45 and biology 7 = 50 are low →
			// the year is low (2 low), but no assessment is low in both years → run 1
			List<YearClassification> years = classify(
					year(2024, figure(Assessment.VPR, "Математика", 5, 20, "30.0"),
							figure(Assessment.VPR, "Русский язык", 5, 20, "31")),
					year(2025, figure(Assessment.VPR, "Математика", 5, 20, "29.9"),
							figure(Assessment.VPR, "История", 6, 20, "45"),
							figure(Assessment.VPR, "Биология", 7, 20, "50")));
			assertThat(years.get(1).level()).isEqualTo(ResultLevel.LOW);
			assertThat(years.get(1).lowYearsRunning()).isEqualTo(1);
			assertThat(years.get(1).persistentlyLow()).isFalse();
			assertThat(years.get(1).sameLowAssessment()).isNull();
			assertThat(years.get(1).runBrokenByOtherAssessments()).isTrue();
		}

		@Test
		void anotherGradeOrProcedureIsAnotherAssessment() {
			// math low in grade 5 in 2024 and in grade 6 in 2025; Russian in ВПР 2024 and
			// in ОГЭ 2025: all low, none the same → run 1
			List<YearClassification> years = classify(
					year(2024, figure(Assessment.VPR, "Математика", 5, 20, "40"),
							figure(Assessment.VPR, "Русский язык", 9, 20, "40")),
					year(2025, figure(Assessment.VPR, "Математика", 6, 20, "40"),
							figure(Assessment.OGE, "Русский язык", 9, 20, "40")));
			assertThat(years.get(1).lowYearsRunning()).isEqualTo(1);
			assertThat(years.get(1).persistentlyLow()).isFalse();
		}

		@Test
		void anAssessmentWithTooFewParticipantsDoesNotCountAsTheSame() {
			// RULE counts assessments with at least 1 participant: a stricter rule (10)
			// leaves out 2025's math 5 with 9 participants though its share is 60
			ClassificationParameters ten = new ClassificationParameters(d("30"), 2, 10, 2, d("65"), RULE.weights(), 50);
			ResultSummary first = ClassificationCalculator.summarize(2024,
					List.of(figure(Assessment.VPR, "Математика", 5, 10, "40"),
							figure(Assessment.VPR, "Русский язык", 5, 10, "40")),
					ten);
			ResultSummary second = ClassificationCalculator.summarize(2025,
					List.of(figure(Assessment.VPR, "Математика", 5, 9, "60"),
							figure(Assessment.VPR, "История", 6, 10, "40"),
							figure(Assessment.VPR, "Биология", 6, 10, "40")),
					ten);
			List<YearClassification> years = ClassificationCalculator.classify(ten, URBAN,
					Map.of(2024, first, 2025, second), Map.of());
			assertThat(years.get(1).level()).isEqualTo(ResultLevel.LOW);
			assertThat(years.get(1).lowYearsRunning()).isEqualTo(1);
		}

	}

}
