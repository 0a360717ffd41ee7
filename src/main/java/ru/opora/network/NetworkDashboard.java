package ru.opora.network;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * The coordinator's monitoring of a network (seed 003's criteria): activity of each pair
 * by month with the pairs that fell silent, participants by group, and the mentee
 * schools' results over the years beside their mentors'.
 */
public record NetworkDashboard(NetworkSummary network, int inactivityDays, List<YearMonth> months, List<PairRow> rows,
		Participants participants, long held, long planned, long inactivePairs, List<Integer> years,
		List<ResultRow> results, List<IntensiveService.DaySummary> intensives) {

	/**
	 * Satisfaction over every answered session of the network's «Дни образовательных
	 * интенсивов».
	 */
	public Satisfaction satisfaction() {
		java.util.List<Integer> scores = new java.util.ArrayList<>();
		this.intensives.forEach((d) -> d.sessions().forEach((s) -> {
			for (int score = 1; score <= 5; score++) {
				scores.addAll(java.util.Collections.nCopies(s.satisfaction().distribution().get(score - 1), score));
			}
		}));
		return Satisfaction.of(scores);
	}

	public Participants intensiveAttendance() {
		return this.intensives.stream()
			.map(IntensiveService.DaySummary::attended)
			.reduce(Participants.none(), Participants::plus);
	}

	/**
	 * A pair with its held activities per month (in the order of {@code months}).
	 */
	public record PairRow(PairView pair, List<Long> perMonth) {

	}

	/**
	 * A school's mean share of «2» per year, as the school's page in «Анализ школ» shows
	 * it.
	 */
	public record ResultRow(Long schoolId, String name, MemberRole role, Long pairedWith,
			Map<Integer, BigDecimal> shares) {

		public BigDecimal share(int year) {
			return this.shares.get(year);
		}

	}

}
