package ru.opora.warnings;

import java.util.EnumMap;
import java.util.Map;

/**
 * A region's early-warning settings: per reason its threshold N and weight, the scores
 * from which a school is at «внимание» and at «риск», and after how many days of «риск»
 * the coordinator is told.
 */
public record Thresholds(Map<Reason, Integer> limits, Map<Reason, Integer> weights, int attentionScore, int riskScore,
		int riskEscalationDays) {

	public Thresholds {
		limits = Map.copyOf(limits);
		weights = Map.copyOf(weights);
	}

	/**
	 * The defaults that the migration seeds for every region.
	 */
	public static Thresholds defaults() {
		Map<Reason, Integer> limits = new EnumMap<>(Reason.class);
		Map<Reason, Integer> weights = new EnumMap<>(Reason.class);
		put(limits, weights, Reason.RETURNED_TWICE, 2, 2);
		put(limits, weights, Reason.DOCUMENT_OVERDUE, 1, 2);
		put(limits, weights, Reason.NO_ACTIVITY, 30, 1);
		put(limits, weights, Reason.MEASURES_OVERDUE, 1, 2);
		put(limits, weights, Reason.VERIFICATION_LATE, 30, 1);
		put(limits, weights, Reason.REVIEW_LATE, 10, 1);
		put(limits, weights, Reason.PAIR_INACTIVE, 45, 1);
		return new Thresholds(limits, weights, 2, 4, 14);
	}

	private static void put(Map<Reason, Integer> limits, Map<Reason, Integer> weights, Reason reason, int limit,
			int weight) {
		limits.put(reason, limit);
		weights.put(reason, weight);
	}

	public int limit(Reason reason) {
		return this.limits.get(reason);
	}

	public int weight(Reason reason) {
		return this.weights.get(reason);
	}

	/**
	 * The same settings with one reason's threshold and weight replaced (tests and
	 * forms).
	 */
	public Thresholds with(Reason reason, int limit, int weight) {
		Map<Reason, Integer> l = new EnumMap<>(this.limits);
		Map<Reason, Integer> w = new EnumMap<>(this.weights);
		l.put(reason, limit);
		w.put(reason, weight);
		return new Thresholds(l, w, this.attentionScore, this.riskScore, this.riskEscalationDays);
	}

	public Thresholds withScores(int attention, int risk) {
		return new Thresholds(this.limits, this.weights, attention, risk, this.riskEscalationDays);
	}

}
