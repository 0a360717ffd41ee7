package ru.opora.analysis;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The rule that classifies schools, as data (one per region, a default for the rest):
 * <ul>
 * <li>an assessment with at least {@code minParticipants} participants is <em>low</em>
 * when the share below the pass mark is at least {@code lowShareThreshold} percent;</li>
 * <li>a school is <em>low-result</em> in a year with at least {@code minLowAssessments}
 * low assessments, and <em>persistently low</em> when that holds for
 * {@code persistentYears} consecutive years;</li>
 * <li>the social-wellbeing index (ИСБШ) is the weighted mean of the favourable scores of
 * its parts ({@code weights}); the context is adverse below
 * {@code wellbeingThreshold};</li>
 * <li>a school is remote at {@code remoteKm} or more from the district centre.</li>
 * </ul>
 */
public record ClassificationParameters(BigDecimal lowShareThreshold, int minLowAssessments, int minParticipants,
		int persistentYears, BigDecimal wellbeingThreshold, Map<WellbeingFactor, BigDecimal> weights, int remoteKm) {

	public ClassificationParameters {
		EnumMap<WellbeingFactor, BigDecimal> copy = new EnumMap<>(WellbeingFactor.class);
		for (WellbeingFactor factor : WellbeingFactor.values()) {
			copy.put(factor, weights.getOrDefault(factor, BigDecimal.ZERO));
		}
		weights = Collections.unmodifiableMap(copy);
	}

	/**
	 * The published default (Omsk, 2025): 30 % below the pass mark in two or more
	 * assessments a year; persistently low two years running; ИСБШ below 65 is adverse.
	 */
	public static ClassificationParameters defaults() {
		Map<WellbeingFactor, BigDecimal> weights = new EnumMap<>(WellbeingFactor.class);
		weights.put(WellbeingFactor.HIGHER_EDUCATION, new BigDecimal("2"));
		weights.put(WellbeingFactor.LOW_INCOME, new BigDecimal("2"));
		weights.put(WellbeingFactor.SINGLE_PARENT, BigDecimal.ONE);
		weights.put(WellbeingFactor.DISABILITY, BigDecimal.ONE);
		weights.put(WellbeingFactor.NON_NATIVE, BigDecimal.ONE);
		weights.put(WellbeingFactor.PREVENTIVE, BigDecimal.ONE);
		weights.put(WellbeingFactor.RURAL, new BigDecimal("0.5"));
		weights.put(WellbeingFactor.SMALL_SCHOOL, new BigDecimal("0.5"));
		weights.put(WellbeingFactor.REMOTE, new BigDecimal("0.5"));
		return new ClassificationParameters(new BigDecimal("30"), 2, 1, 2, new BigDecimal("65"), weights, 50);
	}

	public BigDecimal weight(WellbeingFactor factor) {
		return this.weights.get(factor);
	}

}
