package ru.opora.network;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import ru.opora.schools.SchoolType;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PairingScoreTests {

	static final PairingWeights W = PairingWeights.defaults();

	static PairingSchool school(long id, SchoolType type, Integer students, Integer centreKm, Double lat, Double lon,
			Set<Long> weak, Set<Long> strong, Map<String, Double> shares) {
		return new PairingSchool(id, "Школа " + id, type, students, centreKm, lat, lon, weak, strong, shares);
	}

	static ScorePart part(PairScore score, String prefix) {
		return score.parts()
			.stream()
			.filter(p -> p.messageKey().startsWith("network.pairing." + prefix))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void defaultsAddUpToAHundred() {
		assertThat(W.maxTotal()).isEqualTo(100);
		PairScore score = PairingScore.score(PairingFixtures.plain(1), PairingFixtures.plain(2), W);
		assertThat(score.maxTotal()).isEqualTo(100);
		assertThat(score.parts()).extracting(ScorePart::messageKey)
			.containsExactly("network.pairing.factors.none", "network.pairing.subjects.none",
					"network.pairing.distance.unknown", "network.pairing.type.unknown", "network.pairing.size.unknown");
		// only the neutral half of the distance points
		assertThat(score.total()).isEqualTo(10);
		assertThat(score.distanceKm()).isNull();
		assertThat(score.distanceEstimated()).isFalse();
	}

	@Test
	void factorCoverageCountsTheMenteesWeakFactorsTheMentorIsStrongIn() {
		PairingSchool mentee = school(1, null, null, null, null, null, Set.of(3L, 7L, 11L), Set.of(), Map.of());
		PairingSchool mentor = school(2, null, null, null, null, null, Set.of(), Set.of(11L, 3L, 5L), Map.of());

		ScorePart factors = part(PairingScore.score(mentee, mentor, W), "factors");

		// 40 × 2 / 3 = 26 (integer division)
		assertThat(factors.messageKey()).isEqualTo("network.pairing.factors");
		assertThat(factors.points()).isEqualTo(26);
		assertThat(factors.maxPoints()).isEqualTo(40);
		assertThat(factors.args()).containsExactly(2, 3, List.of(3L, 11L));
		assertThat(factors.withFactorNames(id -> id == 3 ? "Низкая учебная мотивация" : "Дефицит кадров").args())
			.containsExactly(2, 3, "Низкая учебная мотивация, Дефицит кадров");
	}

	@Test
	void noCoveredFactorListsTheMenteesFactors() {
		PairingSchool mentee = school(1, null, null, null, null, null, Set.of(7L, 3L), Set.of(), Map.of());
		PairingSchool mentor = school(2, null, null, null, null, null, Set.of(3L), Set.of(5L), Map.of());

		ScorePart factors = part(PairingScore.score(mentee, mentor, W), "factors");

		assertThat(factors.messageKey()).isEqualTo("network.pairing.factors.zero");
		assertThat(factors.points()).isZero();
		assertThat(factors.args()).containsExactly(2, List.of(3L, 7L));
	}

	@Test
	void subjectsWeakForTheMenteeAndStrongForTheMentor() {
		// mentee: Математика 20 (weak: at the threshold), Русский 35 (weak), Физика 19.9
		// (not weak)
		PairingSchool mentee = school(1, null, null, null, null, null, Set.of(), Set.of(),
				Map.of("Математика", 20.0, "Русский язык", 35.0, "Физика", 19.9));
		// mentor: Математика 5 (strong: at the threshold), Русский 5.1 (not strong),
		// Физика 0
		PairingSchool mentor = school(2, null, null, null, null, null, Set.of(), Set.of(),
				Map.of("Математика", 5.0, "Русский язык", 5.1, "Физика", 0.0));

		ScorePart subjects = part(PairingScore.score(mentee, mentor, W), "subjects");

		// 30 × 1 / 2 = 15
		assertThat(subjects.messageKey()).isEqualTo("network.pairing.subjects");
		assertThat(subjects.points()).isEqualTo(15);
		assertThat(subjects.args()).containsExactly(1, 2, "Математика");
	}

	@Test
	void subjectsAllStrongGiveFullPointsAndNoneStrongListsTheWeakOnes() {
		PairingSchool mentee = school(1, null, null, null, null, null, Set.of(), Set.of(),
				Map.of("Русский язык", 35.0, "Математика", 25.0));
		PairingSchool strong = school(2, null, null, null, null, null, Set.of(), Set.of(),
				Map.of("Математика", 1.0, "Русский язык", 2.0));
		PairingSchool weak = school(3, null, null, null, null, null, Set.of(), Set.of(), Map.of("Математика", 9.0));

		ScorePart all = part(PairingScore.score(mentee, strong, W), "subjects");
		ScorePart none = part(PairingScore.score(mentee, weak, W), "subjects");

		assertThat(all.points()).isEqualTo(30);
		assertThat(all.args()).containsExactly(2, 2, "Математика, Русский язык");
		assertThat(none.messageKey()).isEqualTo("network.pairing.subjects.zero");
		assertThat(none.points()).isZero();
		assertThat(none.args()).containsExactly(2, "Математика, Русский язык");
	}

	@Test
	void distanceByCoordinatesUsesHaversine() {
		// Гатчина (59.5650, 30.1282) — Вырица (59.4156, 30.3388): about 20.1 km
		PairingSchool mentee = school(1, null, null, 40, 59.5650, 30.1282, Set.of(), Set.of(), Map.of());
		PairingSchool mentor = school(2, null, null, 3, 59.4156, 30.3388, Set.of(), Set.of(), Map.of());

		PairScore score = PairingScore.score(mentee, mentor, W);
		ScorePart distance = part(score, "distance");

		double km = PairingScore.haversineKm(59.5650, 30.1282, 59.4156, 30.3388);
		assertThat(km).isBetween(19.5, 20.5);
		assertThat(score.distanceKm()).isEqualTo(20);
		assertThat(score.distanceEstimated()).isFalse();
		assertThat(distance.messageKey()).isEqualTo("network.pairing.distance.coordinates");
		assertThat(distance.args()).containsExactly(20);
		// 20 × (100 − 20) / (100 − 10) = 17.7 → 17
		assertThat(distance.points()).isEqualTo(17);
	}

	@Test
	void withoutBothCoordinatesTheDistanceGoesThroughTheDistrictCentre() {
		PairingSchool mentee = school(1, null, null, 40, 59.5650, 30.1282, Set.of(), Set.of(), Map.of());
		PairingSchool mentor = school(2, null, null, 15, null, null, Set.of(), Set.of(), Map.of());

		PairScore score = PairingScore.score(mentee, mentor, W);
		ScorePart distance = part(score, "distance");

		assertThat(score.distanceKm()).isEqualTo(55);
		assertThat(score.distanceEstimated()).isTrue();
		assertThat(distance.messageKey()).isEqualTo("network.pairing.distance.centre");
		assertThat(distance.args()).containsExactly(55, 40, 15);
		// 20 × (100 − 55) / 90 = 10
		assertThat(distance.points()).isEqualTo(10);
	}

	@Test
	void distancePointsAreFullNearbyNoneFarAwayAndHalfWhenUnknown() {
		assertThat(PairingScore.distancePoints(0, W)).isEqualTo(20);
		assertThat(PairingScore.distancePoints(10, W)).isEqualTo(20);
		assertThat(PairingScore.distancePoints(11, W)).isEqualTo(19);
		assertThat(PairingScore.distancePoints(99, W)).isZero();
		assertThat(PairingScore.distancePoints(100, W)).isZero();
		assertThat(PairingScore.distancePoints(350, W)).isZero();
		assertThat(PairingScore.distancePoints(-1, W)).isEqualTo(10);
		PairingSchool onlyOne = school(1, null, null, 10, null, null, Set.of(), Set.of(), Map.of());
		assertThat(part(PairingScore.score(onlyOne, PairingFixtures.plain(2), W), "distance").messageKey())
			.isEqualTo("network.pairing.distance.unknown");
	}

	@Test
	void sameTypeAndSimilarSize() {
		PairingSchool mentee = school(1, SchoolType.SOSH, 300, null, null, null, Set.of(), Set.of(), Map.of());
		PairingSchool twice = school(2, SchoolType.SOSH, 600, null, null, null, Set.of(), Set.of(), Map.of());
		PairingSchool larger = school(3, SchoolType.GYMNASIUM, 601, null, null, null, Set.of(), Set.of(), Map.of());

		PairScore similar = PairingScore.score(mentee, twice, W);
		PairScore different = PairingScore.score(mentee, larger, W);

		assertThat(part(similar, "type").messageKey()).isEqualTo("network.pairing.type.same");
		assertThat(part(similar, "type").points()).isEqualTo(5);
		assertThat(part(similar, "type").args()).containsExactly(SchoolType.SOSH);
		assertThat(part(similar, "size").messageKey()).isEqualTo("network.pairing.size.similar");
		assertThat(part(similar, "size").points()).isEqualTo(5);
		assertThat(part(similar, "size").args()).containsExactly(300, 600);
		assertThat(part(different, "type").messageKey()).isEqualTo("network.pairing.type.different");
		assertThat(part(different, "type").points()).isZero();
		assertThat(part(different, "type").args()).containsExactly(SchoolType.SOSH, SchoolType.GYMNASIUM);
		assertThat(part(different, "size").messageKey()).isEqualTo("network.pairing.size.different");
		assertThat(part(different, "size").points()).isZero();
	}

	@Test
	void aFullExampleAddsItsParts() {
		PairingSchool mentee = school(1, SchoolType.OOSH, 120, 30, null, null, Set.of(1L, 2L), Set.of(),
				Map.of("Математика", 30.0));
		PairingSchool mentor = school(2, SchoolType.OOSH, 200, 5, null, null, Set.of(), Set.of(2L, 1L),
				Map.of("Математика", 4.0));

		PairScore score = PairingScore.score(mentee, mentor, W);

		// factors 40 + subjects 30 + distance 35 km: 20 × 65 / 90 = 14 + type 5 + size 5
		assertThat(score.parts()).extracting(ScorePart::points).containsExactly(40, 30, 14, 5, 5);
		assertThat(score.total()).isEqualTo(94);
	}

	@Test
	void theFastTotalEqualsTheExplainedOne() {
		Random random = new Random(7);
		for (int k = 0; k < 500; k++) {
			PairingSchool a = PairingFixtures.random(random, 1, 6, 6);
			PairingSchool b = PairingFixtures.random(random, 2, 6, 6);
			PreparedSchool pa = new PreparedSchool(a, W);
			PreparedSchool pb = new PreparedSchool(b, W);
			PairScore explained = PairingScore.score(a, b, W);
			assertThat(PairingScore.points(pa, pb, W)).isEqualTo(explained.total());
			assertThat(explained.parts().stream().mapToInt(ScorePart::points).sum()).isEqualTo(explained.total());
			assertThat(explained.parts()).allSatisfy(p -> assertThat(p.points()).isBetween(0, p.maxPoints()));
		}
	}

	@Test
	void everyPartHasARussianAndAnEnglishMessageThatUsesItsArguments() throws Exception {
		Random random = new Random(11);
		Set<String> keys = new java.util.TreeSet<>();
		for (String file : List.of("/messages.properties", "/messages_en.properties")) {
			java.util.Properties messages = new java.util.Properties();
			try (var in = new java.io.InputStreamReader(getClass().getResourceAsStream(file),
					java.nio.charset.StandardCharsets.UTF_8)) {
				messages.load(in);
			}
			for (int k = 0; k < 300; k++) {
				PairScore score = PairingScore
					.score(PairingFixtures.random(random, 1, 4, 3), PairingFixtures.random(random, 2, 4, 3), W)
					.withFactorNames(id -> "фактор " + id);
				for (ScorePart p : score.parts()) {
					keys.add(p.messageKey());
					String pattern = messages.getProperty(p.messageKey());
					assertThat(pattern).as(p.messageKey() + " in " + file).isNotBlank();
					String text = new java.text.MessageFormat(pattern, java.util.Locale.ROOT)
						.format(p.args().toArray());
					assertThat(text).doesNotContain("{").doesNotContain("[");
				}
			}
		}
		// the random schools reach most of the keys
		assertThat(keys).hasSizeGreaterThan(10);
	}

	@Test
	void nonsenseWeightsAreRejected() {
		assertThatThrownBy(() -> new PairingWeights(-1, 30, 20, 5, 20, 10, 100, 5, 5, 200))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PairingWeights(40, 30, 20, 5, 20, 100, 100, 5, 5, 200))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PairingWeights(40, 30, 120, 5, 20, 10, 100, 5, 5, 200))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new PairingWeights(40, 30, 20, 5, 20, 10, 100, 5, 5, 99))
			.isInstanceOf(IllegalArgumentException.class);
	}

}
