package ru.opora.analysis;

import java.util.Locale;

/**
 * Filters of «Анализ школ»; any may be empty. The year defaults to the latest with data.
 */
public record AnalysisFilter(Integer year, Long municipalityId, SchoolGroup group, Boolean persistentlyLow,
		String query) {

	public static AnalysisFilter none() {
		return new AnalysisFilter(null, null, null, null, null);
	}

	boolean matches(OverviewRow row) {
		if (this.municipalityId != null && !this.municipalityId.equals(row.school().municipalityId())) {
			return false;
		}
		if (this.group != null && row.group() != this.group) {
			return false;
		}
		if (Boolean.TRUE.equals(this.persistentlyLow) && !row.persistentlyLow()) {
			return false;
		}
		if (this.query != null && !this.query.isBlank()) {
			String q = this.query.trim().toLowerCase(Locale.ROOT);
			return row.school().name().toLowerCase(Locale.ROOT).contains(q)
					|| row.school().shortName().toLowerCase(Locale.ROOT).contains(q);
		}
		return true;
	}

}
