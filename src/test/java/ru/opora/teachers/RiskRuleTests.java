package ru.opora.teachers;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The risk-group rule at its boundaries.
 */
class RiskRuleTests {

	static Map<String, BigDecimal> scores(String... pairs) {
		Map<String, BigDecimal> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], new BigDecimal(pairs[i + 1]));
		}
		return map;
	}

	@Test
	void aScoreJustBelowTheThresholdPutsTheTeacherInTheGroupAndTheThresholdItselfDoesNot() {
		RiskRule rule = RiskRule.DEFAULT;
		List<RiskRule.Reason> below = rule.reasons(scores("Предметная", "49.99", "Цифровая", "80"), null, null);
		assertThat(below).singleElement().satisfies((r) -> {
			assertThat(r.kind()).isEqualTo(RiskRule.Reason.Kind.AREA_BELOW);
			assertThat(r.area()).isEqualTo("Предметная");
			assertThat(r.threshold()).isEqualByComparingTo("50");
		});
		assertThat(rule.reasons(scores("Предметная", "50", "Цифровая", "50.00"), null, null)).isEmpty();
	}

	@Test
	void everyAreaBelowTheThresholdIsAReason() {
		List<RiskRule.Reason> reasons = RiskRule.DEFAULT
			.reasons(scores("Предметная", "10", "Методическая", "0", "Оценочная", "51"), null, null);
		assertThat(reasons).extracting(RiskRule.Reason::area).containsExactly("Предметная", "Методическая");
	}

	@Test
	void theExternalLevelLowPutsTheTeacherInTheGroupByDefaultAndOtherLevelsDoNot() {
		assertThat(RiskRule.DEFAULT.reasons(Map.of(), new BigDecimal("90"), ExternalLevel.LOW))
			.extracting(RiskRule.Reason::kind)
			.containsExactly(RiskRule.Reason.Kind.EXTERNAL_LEVEL);
		assertThat(RiskRule.DEFAULT.reasons(Map.of(), new BigDecimal("10"), ExternalLevel.MEDIUM)).isEmpty();
		assertThat(RiskRule.DEFAULT.reasons(Map.of(), null, ExternalLevel.HIGH)).isEmpty();
	}

	@Test
	void aRegionCanCountTheExternalPercentageAndOtherLevels() {
		RiskRule rule = new RiskRule(new BigDecimal("60"), new BigDecimal("40"),
				EnumSet.of(ExternalLevel.LOW, ExternalLevel.MEDIUM));
		assertThat(rule.reasons(Map.of(), new BigDecimal("39.99"), null)).extracting(RiskRule.Reason::kind)
			.containsExactly(RiskRule.Reason.Kind.EXTERNAL_BELOW);
		assertThat(rule.reasons(Map.of(), new BigDecimal("40"), null)).isEmpty();
		assertThat(rule.reasons(Map.of(), null, ExternalLevel.MEDIUM)).hasSize(1);
		assertThat(rule.reasons(scores("Предметная", "59.5"), null, null)).hasSize(1);
		assertThat(rule.reasons(scores("Предметная", "60"), null, null)).isEmpty();
	}

	@Test
	void aRuleWithoutLevelsIgnoresTheExternalLevel() {
		RiskRule rule = new RiskRule(new BigDecimal("50"), null, EnumSet.noneOf(ExternalLevel.class));
		assertThat(rule.reasons(Map.of(), null, ExternalLevel.LOW)).isEmpty();
	}

	@Test
	void noResultsMeanNoGroup() {
		assertThat(RiskRule.DEFAULT.reasons(Map.of(), null, null)).isEmpty();
	}

	@Test
	void percentagesAreReadAsPeopleTypeThem() {
		assertThat(Percent.parse("48,5")).isEqualByComparingTo("48.5");
		assertThat(Percent.parse(" 48.5 % ")).isEqualByComparingTo("48.5");
		assertThat(Percent.parse("100")).isEqualByComparingTo("100");
		assertThat(Percent.parse("100,01")).isNull();
		assertThat(Percent.parse("-1")).isNull();
		assertThat(Percent.parse("сорок")).isNull();
		assertThat(Percent.parse("")).isNull();
	}

	@Test
	void academicYearsStartOnTheFirstOfSeptember() {
		assertThat(AcademicYear.of(java.time.LocalDate.of(2026, 8, 31))).isEqualTo(2025);
		assertThat(AcademicYear.of(java.time.LocalDate.of(2026, 9, 1))).isEqualTo(2026);
		assertThat(AcademicYear.label(2026)).isEqualTo("2026/27");
		assertThat(AcademicYear.label(2099)).isEqualTo("2099/00");
		assertThat(TeacherImportService.academicYear("2026/27")).isEqualTo(2026);
		assertThat(TeacherImportService.academicYear("2026/2027")).isEqualTo(2026);
		assertThat(TeacherImportService.academicYear("2026")).isEqualTo(2026);
		assertThat(TeacherImportService.academicYear("2026/28")).isNull();
	}

}
