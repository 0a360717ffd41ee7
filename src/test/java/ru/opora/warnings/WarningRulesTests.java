package ru.opora.warnings;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each signal at its threshold N: N−1 days → nothing, N and N+1 days → the reason holds,
 * from the N-th day. Then weights → level.
 */
class WarningRulesTests {

	static final LocalDate BASE = LocalDate.of(2026, 10, 1);

	static final Thresholds T = Thresholds.defaults();

	private static List<Signal> at(StallFacts facts, Thresholds t, int daysAfterBase) {
		return WarningRules.signals(facts, t, BASE.plusDays(daysAfterBase));
	}

	private static StallFacts facts() {
		return new StallFacts(7L);
	}

	@Nested
	class Boundaries {

		@ParameterizedTest
		@CsvSource({ "29, false", "30, true", "31, true" })
		void noActivity(int days, boolean holds) {
			StallFacts f = facts();
			f.lastActivity = BASE;
			List<Signal> signals = at(f, T.with(Reason.NO_ACTIVITY, 30, 1), days);
			assertHolds(signals, Reason.NO_ACTIVITY, holds, BASE.plusDays(30));
		}

		@ParameterizedTest
		@CsvSource({ "4, false", "5, true", "6, true" })
		void documentOverdue(int days, boolean holds) {
			StallFacts f = facts();
			f.owed.add(new StallFacts.OwedDocuments(BASE, 2, "/schools/7/documents?year=1"));
			List<Signal> signals = at(f, T.with(Reason.DOCUMENT_OVERDUE, 5, 2), days);
			assertHolds(signals, Reason.DOCUMENT_OVERDUE, holds, BASE.plusDays(5));
			if (holds) {
				assertThat(signals.get(0).count()).isEqualTo(2);
				assertThat(signals.get(0).link()).isEqualTo("/schools/7/documents?year=1");
			}
		}

		@ParameterizedTest
		@CsvSource({ "6, false", "7, true", "8, true" })
		void measuresOverdue(int days, boolean holds) {
			StallFacts f = facts();
			f.overdueMeasures.add(new StallFacts.Dated(BASE, "/roadmaps/3#item-9"));
			f.overdueMeasures.add(new StallFacts.Dated(BASE.plusDays(100), "/roadmaps/3#item-10"));
			List<Signal> signals = at(f, T.with(Reason.MEASURES_OVERDUE, 7, 2), days);
			assertHolds(signals, Reason.MEASURES_OVERDUE, holds, BASE.plusDays(7));
			if (holds) {
				assertThat(signals.get(0).count()).as("only the measure past N days").isEqualTo(1);
				assertThat(signals.get(0).link()).isEqualTo("/roadmaps/3#item-9");
			}
		}

		@ParameterizedTest
		@CsvSource({ "19, false", "20, true", "21, true" })
		void verificationLate(int days, boolean holds) {
			StallFacts f = facts();
			f.unverifiedProfiles.add(new StallFacts.Dated(BASE, "/programmes/1/schools/7/profile"));
			assertHolds(at(f, T.with(Reason.VERIFICATION_LATE, 20, 1), days), Reason.VERIFICATION_LATE, holds,
					BASE.plusDays(20));
		}

		@ParameterizedTest
		@CsvSource({ "9, false", "10, true", "11, true" })
		void reviewLate(int days, boolean holds) {
			StallFacts f = facts();
			f.awaitingReview.add(new StallFacts.Dated(BASE, "/documents/5"));
			assertHolds(at(f, T.with(Reason.REVIEW_LATE, 10, 1), days), Reason.REVIEW_LATE, holds, BASE.plusDays(10));
		}

		@ParameterizedTest
		@CsvSource({ "44, false", "45, true", "46, true" })
		void pairInactive(int days, boolean holds) {
			StallFacts f = facts();
			f.pairs.add(new StallFacts.Dated(BASE, "/networks/pairs/4"));
			assertHolds(at(f, T.with(Reason.PAIR_INACTIVE, 45, 1), days), Reason.PAIR_INACTIVE, holds,
					BASE.plusDays(45));
		}

		@ParameterizedTest
		@CsvSource({ "1, false", "2, true", "3, true" })
		void returnedTwice(int returns, boolean holds) {
			StallFacts f = facts();
			List<LocalDate> days = new java.util.ArrayList<>();
			for (int i = 0; i < returns; i++) {
				days.add(BASE.plusDays(i));
			}
			f.returns.put(5L, days);
			List<Signal> signals = at(f, T.with(Reason.RETURNED_TWICE, 2, 2), 10);
			assertHolds(signals, Reason.RETURNED_TWICE, holds, BASE.plusDays(1));
			if (holds) {
				assertThat(signals.get(0).link()).isEqualTo("/documents/5");
			}
		}

		private static void assertHolds(List<Signal> signals, Reason reason, boolean holds, LocalDate since) {
			if (holds) {
				assertThat(signals).extracting(Signal::reason).containsExactly(reason);
				assertThat(signals.get(0).since()).isEqualTo(since);
			}
			else {
				assertThat(signals).isEmpty();
			}
		}

	}

	@Test
	void nothingHoldsForASchoolWithNoFacts() {
		assertThat(WarningRules.signals(facts(), T, BASE)).isEmpty();
	}

	@Nested
	class Levels {

		@ParameterizedTest
		@CsvSource({ "0, NORMAL", "1, NORMAL", "2, ATTENTION", "3, ATTENTION", "4, RISK", "9, RISK" })
		void byScore(int score, Level level) {
			assertThat(WarningRules.level(score, T)).isEqualTo(level);
		}

		@Test
		void weightsAddUp() {
			StallFacts f = facts();
			f.lastActivity = BASE;
			f.awaitingReview.add(new StallFacts.Dated(BASE, "/documents/5"));
			f.overdueMeasures.add(new StallFacts.Dated(BASE, "/roadmaps/3"));
			Thresholds t = T.with(Reason.NO_ACTIVITY, 30, 1)
				.with(Reason.REVIEW_LATE, 10, 1)
				.with(Reason.MEASURES_OVERDUE, 1, 3);
			List<Signal> signals = at(f, t, 30);
			assertThat(WarningRules.score(signals, t)).isEqualTo(5);
			assertThat(WarningRules.level(5, t)).isEqualTo(Level.RISK);
			assertThat(WarningRules.level(5, t.withScores(3, 6))).isEqualTo(Level.ATTENTION);
			assertThat(WarningRules.level(WarningRules.score(at(f, t, 10), t), t)).as("review and measures: 4")
				.isEqualTo(Level.RISK);
			assertThat(WarningRules.level(WarningRules.score(at(f, t, 5), t), t)).as("measures only: 3")
				.isEqualTo(Level.ATTENTION);
		}

		@Test
		void riskBeginsWhenTheReasonsFirstAddUpToTheRiskScore() {
			Map<Reason, LocalDate> started = Map.of(Reason.NO_ACTIVITY, BASE.plusDays(9), Reason.DOCUMENT_OVERDUE, BASE,
					Reason.REVIEW_LATE, BASE.plusDays(3));
			// weights 2 (from BASE) + 1 (day 3) + 1 (day 9) reach 4 on day 9
			assertThat(WarningRules.riskSince(started, T)).isEqualTo(BASE.plusDays(9));
			assertThat(WarningRules.riskSince(Map.of(Reason.REVIEW_LATE, BASE), T)).isNull();
		}

	}

}
