package ru.opora.indicators;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import ru.opora.roadmap.Rag;

/**
 * The computed indicators as pure functions of small records (no database, no clock):
 * what docs/indicators.md describes, tested by hand in
 * {@code IndicatorComputationsTests}.
 */
final class IndicatorComputations {

	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/** «Близко»: the value misses the target by at most this share of the target. */
	static final BigDecimal CLOSE_SHARE = new BigDecimal("0.10");

	private IndicatorComputations() {
	}

	/**
	 * numerator / denominator in percent with one decimal, half up; {@code null} for a
	 * zero denominator.
	 */
	static BigDecimal percent(long numerator, long denominator) {
		if (denominator == 0) {
			return null;
		}
		return BigDecimal.valueOf(numerator)
			.multiply(HUNDRED)
			.divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
	}

	/**
	 * The share of the given schools for which the predicate holds.
	 */
	static Computed share(Collection<Long> schools, Predicate<Long> counted) {
		List<Computed.Part> parts = schools.stream()
			.sorted()
			.distinct()
			.map((id) -> new Computed.Part(id, counted.test(id) ? 1 : 0, 1))
			.toList();
		long numerator = parts.stream().filter(Computed.Part::counted).count();
		return new Computed(percent(numerator, parts.size()), numerator, (long) parts.size(), parts);
	}

	/**
	 * Indicators 3, 4.1, 4.2 and 4.3: 3 over all schools of the municipality, 4.x over
	 * the schools analysed that year (no analysed school: no value).
	 */
	static Map<String, Computed> analysis(List<AnalysedSchool> schools) {
		Map<Long, AnalysedSchool> byId = new LinkedHashMap<>();
		schools.forEach((s) -> byId.put(s.schoolId(), s));
		List<Long> analysed = byId.values()
			.stream()
			.filter(AnalysedSchool::analysed)
			.map(AnalysedSchool::schoolId)
			.toList();
		Map<String, Computed> out = new LinkedHashMap<>();
		out.put("3", share(byId.keySet(), (id) -> byId.get(id).analysed()));
		out.put("4.1", share(analysed, (id) -> byId.get(id).persistentlyLow()));
		out.put("4.2", share(analysed, (id) -> byId.get(id).adverse()));
		out.put("4.3", share(analysed, (id) -> byId.get(id).persistentlyHigh()));
		return out;
	}

	/**
	 * The analysis year a programme year relies on: the newest year up to the programme's
	 * year in which the municipality has any results or passports (participants are
	 * chosen from the results before the programme starts); the programme's year when
	 * there is none.
	 */
	static int analysisYear(java.util.Collection<Integer> yearsWithData, int programmeYear) {
		return yearsWithData.stream().filter((y) -> y <= programmeYear).max(Integer::compare).orElse(programmeYear);
	}

	/**
	 * Indicator 2: participants with every concept document they owe approved.
	 */
	static Computed documents(List<ParticipantDocuments> participants) {
		Map<Long, ParticipantDocuments> byId = new LinkedHashMap<>();
		participants.forEach((p) -> byId.put(p.schoolId(), p));
		return share(byId.keySet(), (id) -> byId.get(id).complete());
	}

	/**
	 * Indicator 7: participants whose school road map has measures and is on track
	 * (green: the reviewed RAG, or without a review the one the deadlines suggest).
	 */
	static Computed roadMaps(Collection<Long> participants, Map<Long, RoadMapFacts> maps) {
		return share(participants, (id) -> maps.containsKey(id) && maps.get(id).onTrack());
	}

	/**
	 * Indicator 8: schools of the municipality in a mentoring pair.
	 */
	static Computed network(Collection<Long> schools, Set<Long> inPairs) {
		return share(schools, inPairs::contains);
	}

	/**
	 * A value against its target. Yes/no: achieved or not. Otherwise achieved when the
	 * value reaches the target in the direction of good; «близко» when it misses by at
	 * most 10 % of the target; not achieved beyond.
	 */
	static IndicatorStatus status(IndicatorKind kind, boolean higherBetter, BigDecimal target, BigDecimal value) {
		if (target == null) {
			return IndicatorStatus.NO_TARGET;
		}
		if (value == null) {
			return IndicatorStatus.NO_VALUE;
		}
		int cmp = value.compareTo(target);
		boolean achieved = higherBetter ? cmp >= 0 : cmp <= 0;
		if (achieved) {
			return IndicatorStatus.ACHIEVED;
		}
		if (kind == IndicatorKind.YES_NO) {
			return IndicatorStatus.NOT_ACHIEVED;
		}
		BigDecimal gap = value.subtract(target).abs();
		return (gap.compareTo(target.multiply(CLOSE_SHARE)) <= 0) ? IndicatorStatus.CLOSE
				: IndicatorStatus.NOT_ACHIEVED;
	}

	/**
	 * A school's analysis facts in the programme's year from its classification per year:
	 * «persistently high» means results not low in the year and the two before, each year
	 * with results.
	 */
	static AnalysedSchool analysedSchool(Long schoolId, int year, Map<Integer, YearFacts> years) {
		YearFacts current = years.get(year);
		boolean high = true;
		for (int y = year - 2; y <= year; y++) {
			YearFacts f = years.get(y);
			high = high && f != null && Boolean.FALSE.equals(f.low());
		}
		return new AnalysedSchool(schoolId, current != null && current.classified(),
				current != null && current.persistentlyLow(), current != null && current.adverse(), high);
	}

	/**
	 * A school's classification in one year, as far as the indicators need it.
	 *
	 * @param classified results and a social passport (a group other than «нет данных»)
	 * @param low low results by the rule; {@code null} without results
	 */
	record YearFacts(boolean classified, Boolean low, boolean persistentlyLow, boolean adverse) {

	}

	/**
	 * A school as the analysis classified it in the programme's year.
	 *
	 * @param analysed results and a social passport that year (classified)
	 * @param persistentlyLow persistently low results by the region's rule that year
	 * @param adverse adverse social context that year
	 * @param persistentlyHigh results not low that year and the two before, each with
	 * results
	 */
	record AnalysedSchool(Long schoolId, boolean analysed, boolean persistentlyLow, boolean adverse,
			boolean persistentlyHigh) {

	}

	/**
	 * Concept documents a participant owes and how many of them are approved.
	 */
	record ParticipantDocuments(Long schoolId, int required, int approved) {

		boolean complete() {
			return this.required > 0 && this.approved >= this.required;
		}

	}

	/**
	 * A school road map's state.
	 */
	record RoadMapFacts(int measures, Rag reviewedRag, Rag suggestedRag) {

		boolean onTrack() {
			Rag rag = (this.reviewedRag != null) ? this.reviewedRag : this.suggestedRag;
			return this.measures > 0 && rag == Rag.GREEN;
		}

	}

}
