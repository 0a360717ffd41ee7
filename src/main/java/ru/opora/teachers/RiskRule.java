package ru.opora.teachers;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rule that puts a teacher into the «группа риска» by their diagnostic of a year: a
 * score below {@code areaThreshold} in any competence area, or an external diagnostic
 * whose level is one of {@code externalLevels}, or (when set) whose percentage is below
 * {@code externalThreshold}. A score equal to a threshold is not below it. A teacher
 * without a diagnostic of the year is not in the group.
 */
record RiskRule(BigDecimal areaThreshold, BigDecimal externalThreshold, Set<ExternalLevel> externalLevels) {

	static final RiskRule DEFAULT = new RiskRule(new BigDecimal("50"), null, EnumSet.of(ExternalLevel.LOW));

	RiskRule {
		externalLevels = externalLevels.isEmpty() ? EnumSet.noneOf(ExternalLevel.class)
				: EnumSet.copyOf(externalLevels);
	}

	/**
	 * Why a teacher is in the group (empty: not in it).
	 * @param areaScores scores by competence area name, in the card's order
	 * @param externalPercent the external diagnostic's percentage, or {@code null}
	 * @param externalLevel the external diagnostic's level, or {@code null}
	 */
	List<Reason> reasons(Map<String, BigDecimal> areaScores, BigDecimal externalPercent, ExternalLevel externalLevel) {
		List<Reason> reasons = new ArrayList<>();
		areaScores.forEach((area, score) -> {
			if (score != null && score.compareTo(this.areaThreshold) < 0) {
				reasons.add(new Reason(Reason.Kind.AREA_BELOW, area, score, this.areaThreshold, null));
			}
		});
		if (externalLevel != null && this.externalLevels.contains(externalLevel)) {
			reasons.add(new Reason(Reason.Kind.EXTERNAL_LEVEL, null, externalPercent, null, externalLevel));
		}
		if (externalPercent != null && this.externalThreshold != null
				&& externalPercent.compareTo(this.externalThreshold) < 0) {
			reasons.add(new Reason(Reason.Kind.EXTERNAL_BELOW, null, externalPercent, this.externalThreshold, null));
		}
		return reasons;
	}

	/**
	 * One reason: an area below the threshold, an external level of the rule, or an
	 * external percentage below its threshold.
	 */
	record Reason(Kind kind, String area, BigDecimal value, BigDecimal threshold, ExternalLevel level) {

		enum Kind {

			AREA_BELOW, EXTERNAL_LEVEL, EXTERNAL_BELOW

		}

	}

}
