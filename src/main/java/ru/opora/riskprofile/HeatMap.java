package ru.opora.riskprofile;

import java.util.List;
import java.util.Map;

import ru.opora.programmes.ProgrammeYearSummary;

/**
 * Schools × factors of a programme year coloured by significance, and per factor how many
 * schools have it high, medium, low or unknown: the common deficits.
 */
public record HeatMap(ProgrammeYearSummary programme, List<RiskFactorView> factors, List<Row> rows,
		List<FactorCount> counts) {

	public record Row(Long schoolId, String schoolName, ProfileSource source, boolean verified,
			Map<Long, Significance> cells) {

		public Significance cell(Long factorId) {
			return this.cells.get(factorId);
		}

	}

	public record FactorCount(RiskFactorView factor, long high, long medium, long low, long noData) {

	}

}
