package ru.opora.indicators;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import ru.opora.schools.MunicipalityOption;

/**
 * The region's municipalities side by side for a year's checkpoint. A municipality
 * without a programme year of that year has no cells.
 */
public record IndicatorComparison(Long regionId, List<Long> regionIds, List<MunicipalityOption> visible, int year,
		List<Integer> years, Checkpoint checkpoint, List<MunicipalityOption> municipalities, List<Indicator> catalogue,
		Map<Long, Map<String, Cell>> cells) {

	public Cell cell(Long municipalityId, String code) {
		return this.cells.getOrDefault(municipalityId, Map.of()).get(code);
	}

	/** The municipalities' names for the bar charts, separated by «|». */
	public String chartLabels() {
		return String.join("|", this.municipalities.stream().map(MunicipalityOption::name).toList());
	}

	/** An indicator's values of the municipalities for the bar chart: «12.5;;40». */
	public String chartValues(String code) {
		return String.join(";", this.municipalities.stream().map((m) -> {
			Cell cell = cell(m.id(), code);
			return (cell != null && cell.value() != null) ? cell.value().toPlainString() : "";
		}).toList());
	}

	public String regionName(Long regionId) {
		return this.visible.stream()
			.filter((m) -> m.regionId().equals(regionId))
			.map(MunicipalityOption::regionName)
			.findFirst()
			.orElse("");
	}

	/**
	 * A municipality's value, target and status of one indicator.
	 */
	public record Cell(BigDecimal value, BigDecimal target, IndicatorStatus status) {

	}

}
