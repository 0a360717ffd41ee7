package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Scores risk factors from questionnaire answers, as pure functions:
 * <ul>
 * <li>an answer 1–4 to a statement is a risk of (answer − 1) / 3, and of (4 − answer) / 3
 * for a «reverse» statement that describes the good state;</li>
 * <li>a respondent group's mean for a factor is the mean of its answers to the questions
 * feeding the factor, weighted by the question's weight for the factor;</li>
 * <li>a group with fewer respondents than its minimum counts as «недостаточно данных» and
 * is left out;</li>
 * <li>the factor's score is the mean of the remaining groups' means weighted by the sum
 * of their questions' weights (each group speaks with the weight of its questions, not of
 * its head count), rounded to two decimals;</li>
 * <li>the significance is high from the high threshold on, medium from the medium one on,
 * low below; without any group it is «недостаточно данных».</li>
 * </ul>
 */
public final class SurveyScoring {

	private static final BigDecimal THREE = BigDecimal.valueOf(3);

	private SurveyScoring() {
	}

	/**
	 * A question with its weights per factor number.
	 */
	public record Question(long id, RespondentGroup group, int number, boolean reverse,
			Map<Integer, BigDecimal> weights) {

	}

	public record Settings(BigDecimal high, BigDecimal medium, Map<RespondentGroup, Integer> minimum) {

		public static Settings defaults() {
			Map<RespondentGroup, Integer> minimum = new EnumMap<>(RespondentGroup.class);
			minimum.put(RespondentGroup.PRINCIPAL, 1);
			minimum.put(RespondentGroup.TEACHER, 5);
			minimum.put(RespondentGroup.STUDENT, 10);
			minimum.put(RespondentGroup.PARENT, 10);
			return new Settings(new BigDecimal("0.60"), new BigDecimal("0.35"), minimum);
		}

	}

	/**
	 * One group's part in a factor: respondents, the minimum, its mean (null with too few
	 * respondents) and the questions (by number) it came from.
	 */
	public record GroupScore(RespondentGroup group, int respondents, int minimum, BigDecimal mean,
			List<Integer> questions) {

		public boolean enough() {
			return this.respondents >= this.minimum;
		}

	}

	public record FactorScore(int factorNumber, Significance significance, BigDecimal score, List<GroupScore> groups) {

	}

	/**
	 * @param responses per group, each respondent's answers by question id
	 */
	public static FactorScore score(int factorNumber, List<Question> questions,
			Map<RespondentGroup, List<Map<Long, Integer>>> responses, Settings settings) {
		List<GroupScore> groups = new ArrayList<>();
		BigDecimal weighted = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (RespondentGroup group : RespondentGroup.values()) {
			List<Question> feeding = questions.stream()
				.filter((q) -> q.group() == group && q.weights().containsKey(factorNumber))
				.toList();
			if (feeding.isEmpty()) {
				continue;
			}
			List<Map<Long, Integer>> answers = responses.getOrDefault(group, List.of());
			int minimum = settings.minimum().getOrDefault(group, 1);
			List<Integer> numbers = feeding.stream().map(Question::number).toList();
			BigDecimal mean = null;
			if (answers.size() >= minimum) {
				mean = groupMean(factorNumber, feeding, answers);
			}
			groups.add(new GroupScore(group, answers.size(), minimum, mean, numbers));
			if (mean != null) {
				BigDecimal groupWeight = feeding.stream()
					.map((q) -> q.weights().get(factorNumber))
					.reduce(BigDecimal.ZERO, BigDecimal::add);
				weighted = weighted.add(mean.multiply(groupWeight));
				weights = weights.add(groupWeight);
			}
		}
		if (weights.signum() == 0) {
			return new FactorScore(factorNumber, Significance.NO_DATA, null, groups);
		}
		BigDecimal score = weighted.divide(weights, MathContext.DECIMAL64).setScale(2, RoundingMode.HALF_UP);
		return new FactorScore(factorNumber, significance(score, settings), score, groups);
	}

	static Significance significance(BigDecimal score, Settings settings) {
		if (score.compareTo(settings.high()) >= 0) {
			return Significance.HIGH;
		}
		return (score.compareTo(settings.medium()) >= 0) ? Significance.MEDIUM : Significance.LOW;
	}

	static BigDecimal risk(int answer, boolean reverse) {
		int steps = reverse ? 4 - answer : answer - 1;
		return BigDecimal.valueOf(steps).divide(THREE, MathContext.DECIMAL64);
	}

	/**
	 * Mean risk of the group's answers, weighted by the questions' weights for the
	 * factor; null when nobody answered any of the questions.
	 */
	private static BigDecimal groupMean(int factorNumber, List<Question> feeding, List<Map<Long, Integer>> answers) {
		BigDecimal sum = BigDecimal.ZERO;
		BigDecimal weights = BigDecimal.ZERO;
		for (Map<Long, Integer> respondent : answers) {
			for (Question q : feeding) {
				Integer answer = respondent.get(q.id());
				if (answer == null) {
					continue;
				}
				BigDecimal w = q.weights().get(factorNumber);
				sum = sum.add(risk(answer, q.reverse()).multiply(w));
				weights = weights.add(w);
			}
		}
		return (weights.signum() > 0) ? sum.divide(weights, MathContext.DECIMAL64) : null;
	}

}
