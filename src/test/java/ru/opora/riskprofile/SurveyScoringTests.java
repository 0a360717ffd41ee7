package ru.opora.riskprofile;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The questionnaire scoring, against values computed by hand. Factor 2 is fed by the
 * principal's questions 2 (weight 1) and 3 (weight 0.5), the teachers' question 2 and the
 * students' question 2 (weight 1 each).
 */
class SurveyScoringTests {

	static final SurveyScoring.Settings SETTINGS = SurveyScoring.Settings.defaults();

	static final List<SurveyScoring.Question> QUESTIONS = List.of(
			new SurveyScoring.Question(1, RespondentGroup.PRINCIPAL, 2, false, Map.of(2, BigDecimal.ONE)),
			new SurveyScoring.Question(2, RespondentGroup.PRINCIPAL, 3, false,
					Map.of(2, new BigDecimal("0.5"), 3, BigDecimal.ONE)),
			new SurveyScoring.Question(3, RespondentGroup.TEACHER, 2, false, Map.of(2, BigDecimal.ONE)),
			new SurveyScoring.Question(4, RespondentGroup.STUDENT, 2, false, Map.of(2, BigDecimal.ONE)),
			new SurveyScoring.Question(5, RespondentGroup.STUDENT, 7, true, Map.of(10, BigDecimal.ONE)));

	static List<Map<Long, Integer>> answers(long question, int... values) {
		List<Map<Long, Integer>> out = new ArrayList<>();
		for (int v : values) {
			out.add(Map.of(question, v));
		}
		return out;
	}

	@Test
	void riskOfAnAnswer() {
		assertThat(SurveyScoring.risk(1, false)).isEqualByComparingTo("0");
		assertThat(SurveyScoring.risk(4, false)).isEqualByComparingTo("1");
		assertThat(SurveyScoring.risk(4, true)).isEqualByComparingTo("0");
		assertThat(SurveyScoring.risk(2, true).doubleValue()).isCloseTo(2.0 / 3,
				org.assertj.core.data.Offset.offset(1e-12));
	}

	@Test
	void groupsWeighByTheirQuestionsAndSmallGroupsAreLeftOut() {
		Map<RespondentGroup, List<Map<Long, Integer>>> responses = new EnumMap<>(RespondentGroup.class);
		// principal: q2 = 4 (risk 1), q3 = 1 (risk 0) → (1·1 + 0.5·0) / 1.5 = 0.667,
		// group weight 1.5
		responses.put(RespondentGroup.PRINCIPAL, List.of(Map.of(1L, 4, 2L, 1)));
		// teachers: 4, 4, 3, 3, 2 → 1, 1, ⅔, ⅔, ⅓ → 0.733, group weight 1
		responses.put(RespondentGroup.TEACHER, answers(3, 4, 4, 3, 3, 2));
		// students: 4 of 10 → not enough data
		responses.put(RespondentGroup.STUDENT, answers(4, 4, 4, 4, 4));
		SurveyScoring.FactorScore f = SurveyScoring.score(2, QUESTIONS, responses, SETTINGS);
		// (1.5 · 0.667 + 1 · 0.733) / 2.5 = 0.693 → 0.69
		assertThat(f.score()).isEqualByComparingTo("0.69");
		assertThat(f.significance()).isEqualTo(Significance.HIGH);
		assertThat(f.groups()).extracting(SurveyScoring.GroupScore::group)
			.containsExactly(RespondentGroup.PRINCIPAL, RespondentGroup.TEACHER, RespondentGroup.STUDENT);
		SurveyScoring.GroupScore students = f.groups().get(2);
		assertThat(students.enough()).isFalse();
		assertThat(students.mean()).isNull();
		assertThat(students.respondents()).isEqualTo(4);
		assertThat(f.groups().get(1).mean().doubleValue()).isCloseTo(0.7333, org.assertj.core.data.Offset.offset(1e-4));
	}

	@Test
	void emptyGroupsGiveNotEnoughData() {
		SurveyScoring.FactorScore none = SurveyScoring.score(2, QUESTIONS, Map.of(), SETTINGS);
		assertThat(none.significance()).isEqualTo(Significance.NO_DATA);
		assertThat(none.score()).isNull();
		assertThat(none.groups()).allMatch((g) -> g.respondents() == 0 && !g.enough());
		// a factor no question feeds: no groups at all
		assertThat(SurveyScoring.score(9, QUESTIONS, Map.of(), SETTINGS).groups()).isEmpty();
	}

	@Test
	void thresholdsAtTheBoundary() {
		assertThat(SurveyScoring.significance(new BigDecimal("0.60"), SETTINGS)).isEqualTo(Significance.HIGH);
		assertThat(SurveyScoring.significance(new BigDecimal("0.59"), SETTINGS)).isEqualTo(Significance.MEDIUM);
		assertThat(SurveyScoring.significance(new BigDecimal("0.35"), SETTINGS)).isEqualTo(Significance.MEDIUM);
		assertThat(SurveyScoring.significance(new BigDecimal("0.34"), SETTINGS)).isEqualTo(Significance.LOW);
	}

	@Test
	void aScoreRoundedOntoTheThresholdCounts() {
		// reverse question of factor 10, ten students: 2 × «1» (risk 1), 8 × «3» (risk ⅓)
		// → (2 + 8/3) / 10 = 0.4667
		Map<RespondentGroup, List<Map<Long, Integer>>> responses = Map.of(RespondentGroup.STUDENT,
				answers(5, 1, 1, 3, 3, 3, 3, 3, 3, 3, 3));
		SurveyScoring.FactorScore f = SurveyScoring.score(10, QUESTIONS, responses, SETTINGS);
		assertThat(f.score()).isEqualByComparingTo("0.47");
		assertThat(f.significance()).isEqualTo(Significance.MEDIUM);
		// a tie between groups: principal 0 and teachers 1 with equal weights → 0.5
		Map<RespondentGroup, List<Map<Long, Integer>>> tie = new EnumMap<>(RespondentGroup.class);
		tie.put(RespondentGroup.PRINCIPAL, List.of(Map.of(1L, 1)));
		tie.put(RespondentGroup.TEACHER, answers(3, 4, 4, 4, 4, 4));
		List<SurveyScoring.Question> equal = List.of(QUESTIONS.get(0), QUESTIONS.get(2));
		assertThat(SurveyScoring.score(2, equal, tie, SETTINGS).score()).isEqualByComparingTo("0.50");
	}

}
