package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.List;

/**
 * The social-wellbeing index (ИСБШ) of a school in a year, 0–100 with one decimal (higher
 * is more favourable), and its parts; {@code index} is null without a social passport.
 */
public record Wellbeing(BigDecimal index, List<WellbeingPart> parts) {

	static Wellbeing none() {
		return new Wellbeing(null, List.of());
	}

	/** Σ score × weight of the counted parts. */
	public BigDecimal weightedSum() {
		return this.parts.stream()
			.filter(WellbeingPart::counted)
			.map((p) -> p.score().multiply(p.weight()))
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

	/** Σ weight of the counted parts. */
	public BigDecimal weightSum() {
		return this.parts.stream()
			.filter(WellbeingPart::counted)
			.map(WellbeingPart::weight)
			.reduce(BigDecimal.ZERO, BigDecimal::add);
	}

}
