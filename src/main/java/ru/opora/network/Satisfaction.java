package ru.opora.network;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Satisfaction answers on the 1–5 scale: the mean (null without answers), how many, and
 * how many gave each score ({@code distribution.get(0)} for 1 … {@code get(4)} for 5).
 */
public record Satisfaction(Double mean, int count, List<Integer> distribution) {

	public static Satisfaction of(Collection<Integer> scores) {
		List<Integer> distribution = new ArrayList<>(List.of(0, 0, 0, 0, 0));
		int sum = 0;
		for (int s : scores) {
			distribution.set(s - 1, distribution.get(s - 1) + 1);
			sum += s;
		}
		Double mean = scores.isEmpty() ? null : Math.round(sum * 100.0 / scores.size()) / 100.0;
		return new Satisfaction(mean, scores.size(), List.copyOf(distribution));
	}

	/** Share of answers with this score, 0–100, for the bars of the results page. */
	public int percent(int score) {
		return (this.count == 0) ? 0 : (int) Math.round(this.distribution.get(score - 1) * 100.0 / this.count);
	}

}
