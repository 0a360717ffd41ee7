package ru.opora.network;

import java.util.List;
import java.util.function.LongFunction;

/**
 * A pair's score and its explained parts (in this order: risk factors, subjects,
 * distance, school type, size).
 *
 * @param total the sum of the parts' points
 * @param parts the parts
 * @param distanceKm km between the schools, rounded, {@code null} when unknown
 * @param distanceEstimated {@code true} when the distance is the sum of both schools'
 * distances to the district centre (no coordinates), {@code false} when it is measured
 * between coordinates or unknown
 */
public record PairScore(int total, List<ScorePart> parts, Integer distanceKm, boolean distanceEstimated) {

	public PairScore {
		parts = List.copyOf(parts);
	}

	/** The most the parts could give. */
	public int maxTotal() {
		return this.parts.stream().mapToInt(ScorePart::maxPoints).sum();
	}

	/** This score with the factor ids of its parts replaced by names. */
	public PairScore withFactorNames(LongFunction<String> names) {
		return new PairScore(this.total, this.parts.stream().map(p -> p.withFactorNames(names)).toList(),
				this.distanceKm, this.distanceEstimated);
	}

}
