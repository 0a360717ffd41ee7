package ru.opora.indicators;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import ru.opora.files.FileInfo;

/**
 * One indicator on «Показатели проекта» in the chosen period, with its trend over the
 * municipality's periods (oldest first).
 */
public record IndicatorRow(Indicator indicator, BigDecimal target, BigDecimal value, IndicatorStatus status,
		Computed computed, String comment, FileInfo evidence, Long entryId, Long version, String updatedBy,
		LocalDateTime updatedAt, boolean shown, List<BigDecimal> trendValues, List<BigDecimal> trendTargets) {

	/** The trend's values for the chart: «12.5;;40» (empty: none). */
	public String trendValuesText() {
		return join(this.trendValues);
	}

	public String trendTargetsText() {
		return join(this.trendTargets);
	}

	private static String join(List<BigDecimal> values) {
		return String.join(";", values.stream().map((v) -> (v != null) ? v.toPlainString() : "").toList());
	}

	static IndicatorRow empty(Indicator indicator, boolean shown) {
		return new IndicatorRow(indicator, null, null, IndicatorStatus.NO_TARGET, null, null, null, null, null, null,
				null, shown, List.of(), List.of());
	}

}
