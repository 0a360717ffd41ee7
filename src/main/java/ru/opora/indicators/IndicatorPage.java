package ru.opora.indicators;

import java.util.List;

import ru.opora.schools.MunicipalityOption;

/**
 * «Показатели проекта» of a municipality: its periods (oldest first), the chosen one
 * (null when the municipality has no programme year yet) and a row per indicator.
 */
public record IndicatorPage(MunicipalityOption municipality, List<Period> periods, Period period,
		List<IndicatorRow> rows, boolean canEdit) {

	/** The periods' short labels for the charts, separated by «|». */
	public String periodLabels() {
		return String.join("|", this.periods.stream().map(Period::shortLabel).toList());
	}

}
