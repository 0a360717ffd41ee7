package ru.opora.analysis;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The classification rule as pure functions (no Spring, no database), so that it can be
 * checked by hand: see {@link ClassificationParameters} for the rule.
 */
public final class ClassificationCalculator {

	/** A change of the mean share below the pass mark smaller than this is «stable». */
	static final BigDecimal TREND_STEP = BigDecimal.ONE;

	private static final BigDecimal HUNDRED = new BigDecimal("100");

	private ClassificationCalculator() {
	}

	/**
	 * Reads a year's assessments: which count, which are low, and the
	 * participant-weighted mean share below the pass mark of those that count.
	 */
	public static ResultSummary summarize(int year, List<AssessmentFigure> figures, ClassificationParameters rule) {
		List<AssessmentCheck> checks = new ArrayList<>();
		int counted = 0;
		int low = 0;
		long participants = 0;
		BigDecimal weighted = BigDecimal.ZERO;
		for (AssessmentFigure f : figures) {
			boolean counts = f.participants() >= rule.minParticipants();
			boolean isLow = counts && f.shareBelow().compareTo(rule.lowShareThreshold()) >= 0;
			checks.add(new AssessmentCheck(f, counts, isLow));
			if (counts) {
				counted++;
				low += isLow ? 1 : 0;
				participants += f.participants();
				weighted = weighted.add(f.shareBelow().multiply(BigDecimal.valueOf(f.participants())));
			}
		}
		BigDecimal mean = (participants > 0) ? oneDecimal(weighted, BigDecimal.valueOf(participants)) : null;
		List<BigDecimal> shares = checks.stream()
			.filter(AssessmentCheck::counted)
			.map((c) -> c.figure().shareBelow())
			.sorted(java.util.Comparator.reverseOrder())
			.toList();
		BigDecimal decisive = (shares.size() >= rule.minLowAssessments()) ? shares.get(rule.minLowAssessments() - 1)
				: null;
		return new ResultSummary(year, counted, low, mean, decisive, List.copyOf(checks));
	}

	/**
	 * The ИСБШ of a school in a year: the weighted mean of the favourable scores of the
	 * parts that are known and weighted; none without a passport or without any counted
	 * share of the passport.
	 */
	public static Wellbeing wellbeing(PassportFigures passport, SchoolTraits traits, ClassificationParameters rule) {
		if (passport == null) {
			return Wellbeing.none();
		}
		List<WellbeingPart> parts = new ArrayList<>();
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		boolean anyShare = false;
		for (WellbeingFactor factor : WellbeingFactor.values()) {
			BigDecimal value = value(factor, passport, traits, rule);
			BigDecimal weight = rule.weight(factor);
			BigDecimal score = (value != null) ? score(factor, value) : null;
			boolean counted = score != null && weight.signum() > 0;
			parts.add(new WellbeingPart(factor, value, score, weight, counted));
			if (counted) {
				sum = sum.add(score.multiply(weight));
				weights = weights.add(weight);
				anyShare |= factor.isShare();
			}
		}
		if (!anyShare) {
			return new Wellbeing(null, List.copyOf(parts));
		}
		return new Wellbeing(oneDecimal(sum, weights), List.copyOf(parts));
	}

	/**
	 * Classifies every year that has results or a passport, oldest first. A year
	 * continues a low-result run only if the year before has results, is low too, and one
	 * and the same assessment (procedure, subject, grade) was low in both years (the
	 * rule's «the same assessment two years running»); a missing year breaks the run.
	 */
	public static List<YearClassification> classify(ClassificationParameters rule, SchoolTraits traits,
			Map<Integer, ResultSummary> results, Map<Integer, PassportFigures> passports) {
		TreeSet<Integer> years = new TreeSet<>(results.keySet());
		years.addAll(passports.keySet());
		List<YearClassification> out = new ArrayList<>();
		Integer previousYear = null;
		YearClassification previous = null;
		for (int year : years) {
			ResultSummary summary = results.get(year);
			ResultLevel level = level(summary, rule);
			Wellbeing wellbeing = wellbeing(passports.get(year), traits, rule);
			SocialContext context = context(wellbeing, rule);
			boolean followsPrevious = previous != null && previousYear == year - 1;
			int run = 0;
			AssessmentKey same = null;
			if (level == ResultLevel.LOW) {
				same = (followsPrevious && previous.level() == ResultLevel.LOW)
						? summary.sameLowAssessment(previous.results()) : null;
				run = 1 + ((same != null) ? previous.lowYearsRunning() : 0);
			}
			BigDecimal delta = null;
			Trend trend = Trend.NO_DATA;
			if (followsPrevious && previous.meanShareBelow() != null && summary != null
					&& summary.meanShareBelow() != null) {
				delta = summary.meanShareBelow().subtract(previous.meanShareBelow());
				trend = trend(delta);
			}
			YearClassification c = new YearClassification(year, summary, level, wellbeing, context,
					SchoolGroup.of(level, context), run, run >= rule.persistentYears(), trend, delta, same,
					level == ResultLevel.LOW && followsPrevious && previous.level() == ResultLevel.LOW && same == null);
			out.add(c);
			previous = c;
			previousYear = year;
		}
		return out;
	}

	static ResultLevel level(ResultSummary summary, ClassificationParameters rule) {
		if (summary == null || summary.counted() == 0) {
			return ResultLevel.NO_DATA;
		}
		return (summary.low() >= rule.minLowAssessments()) ? ResultLevel.LOW : ResultLevel.NOT_LOW;
	}

	static SocialContext context(Wellbeing wellbeing, ClassificationParameters rule) {
		if (wellbeing.index() == null) {
			return SocialContext.NO_DATA;
		}
		return (wellbeing.index().compareTo(rule.wellbeingThreshold()) < 0) ? SocialContext.ADVERSE
				: SocialContext.FAVOURABLE;
	}

	static Trend trend(BigDecimal delta) {
		if (delta.compareTo(TREND_STEP.negate()) <= 0) {
			return Trend.IMPROVING;
		}
		if (delta.compareTo(TREND_STEP) >= 0) {
			return Trend.WORSENING;
		}
		return Trend.STABLE;
	}

	private static BigDecimal value(WellbeingFactor factor, PassportFigures passport, SchoolTraits traits,
			ClassificationParameters rule) {
		return switch (factor) {
			case RURAL -> flag(traits.rural());
			case SMALL_SCHOOL -> flag(traits.smallSchool());
			case REMOTE -> (traits.distanceKm() != null) ? flag(traits.distanceKm() >= rule.remoteKm()) : null;
			default -> passport.share(factor);
		};
	}

	private static BigDecimal score(WellbeingFactor factor, BigDecimal value) {
		return switch (factor.kind()) {
			case FAVOURABLE_SHARE -> value;
			case ADVERSE_SHARE -> HUNDRED.subtract(value);
			case TRAIT -> (value.signum() > 0) ? BigDecimal.ZERO : HUNDRED;
		};
	}

	private static BigDecimal flag(boolean present) {
		return present ? BigDecimal.ONE : BigDecimal.ZERO;
	}

	/**
	 * a / b rounded half up to one decimal, as every figure of the rule is shown.
	 */
	static BigDecimal oneDecimal(BigDecimal a, BigDecimal b) {
		return a.divide(b, MathContext.DECIMAL128).setScale(1, RoundingMode.HALF_UP);
	}

}
