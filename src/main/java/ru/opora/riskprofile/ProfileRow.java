package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.time.LocalDateTime;

/**
 * One line of a risk profile as the page shows it: the factor, its significance now and
 * as the source gave it, the survey score, how it was produced, the curator's change and
 * the recommendation; {@code chosen}: the school works on it.
 */
public record ProfileRow(RiskFactorView factor, Significance significance, Significance sourceSignificance,
		BigDecimal score, java.util.List<ExplanationLine> explanationLines, String changedBy, LocalDateTime changedAt,
		String changeReason, String recommendation, boolean chosen) {

	public boolean changed() {
		return this.changedBy != null;
	}

}
