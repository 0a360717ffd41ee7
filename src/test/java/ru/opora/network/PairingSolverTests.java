package ru.opora.network;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

class PairingSolverTests {

	static final PairingWeights W = PairingWeights.defaults();

	/** Mentee ids 1.., mentor ids 101.. */
	record Case(List<PairingSchool> mentees, List<PairingSchool> mentors, int[] capacity, Set<Pair> excluded,
			Set<Long> excludedSchools, Set<Pair> locked, PairingWeights weights) {

		Case(List<PairingSchool> mentees, List<PairingSchool> mentors, int[] capacity, Set<Pair> excluded,
				Set<Long> excludedSchools, Set<Pair> locked) {
			this(mentees, mentors, capacity, excluded, excludedSchools, locked, W);
		}

		PairingProblem problem() {
			return new PairingProblem(this.mentees, this.mentors, this.capacity, this.excluded, this.excludedSchools,
					this.locked, this.weights);
		}

		Case with(PairingWeights w) {
			return new Case(this.mentees, this.mentors, this.capacity, this.excluded, this.excludedSchools, this.locked,
					w);
		}

		int capacityOf(long mentorId) {
			for (int k = 0; k < this.mentors.size(); k++) {
				if (this.mentors.get(k).schoolId() == mentorId) {
					return this.capacity[k];
				}
			}
			throw new IllegalArgumentException();
		}

		boolean usable(long menteeId, long mentorId) {
			return !this.excluded.contains(new Pair(menteeId, mentorId)) && !this.excludedSchools.contains(menteeId)
					&& !this.excludedSchools.contains(mentorId);
		}

	}

	/**
	 * Up to 6 mentees × 4 mentors, capacities 0–3, some excluded pairs and schools, and
	 * locks that can be kept (distinct mentees, usable pairs, within capacity).
	 */
	static Case randomCase(Random random) {
		int n = 1 + random.nextInt(6);
		int m = 1 + random.nextInt(4);
		// few factors and subjects so that equal scores (ties) are common
		List<PairingSchool> mentees = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			mentees.add(PairingFixtures.random(random, 1 + i, 3, 2));
		}
		List<PairingSchool> mentors = new ArrayList<>();
		int[] capacity = new int[m];
		for (int j = 0; j < m; j++) {
			mentors.add(PairingFixtures.random(random, 101 + j, 3, 2));
			capacity[j] = random.nextInt(4);
		}
		Set<Pair> excluded = new HashSet<>();
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				if (random.nextInt(5) == 0) {
					excluded.add(new Pair(1 + i, 101 + j));
				}
			}
		}
		Set<Long> excludedSchools = new HashSet<>();
		if (random.nextInt(4) == 0) {
			excludedSchools.add(1L + random.nextInt(n));
		}
		if (random.nextInt(6) == 0) {
			excludedSchools.add(101L + random.nextInt(m));
		}
		Case draft = new Case(mentees, mentors, capacity, excluded, excludedSchools, Set.of());
		Set<Pair> locked = new HashSet<>();
		int[] left = capacity.clone();
		for (int i = 0; i < n; i++) {
			int j = random.nextInt(m);
			if (random.nextInt(4) == 0 && left[j] > 0 && draft.usable(1 + i, 101 + j)) {
				locked.add(new Pair(1 + i, 101 + j));
				left[j]--;
			}
		}
		return new Case(mentees, mentors, capacity, excluded, excludedSchools, locked);
	}

	/** The best (assigned count, total score) over every assignment, by enumeration. */
	static long[] bruteForce(Case c) {
		int m = c.mentors.size();
		int[] left = c.capacity.clone();
		long lockedScore = 0;
		Set<Long> lockedMentees = new HashSet<>();
		for (Pair lock : c.locked) {
			PairingSchool mentor = find(c.mentors, lock.mentorId());
			left[c.mentors.indexOf(mentor)]--;
			lockedMentees.add(lock.menteeId());
			lockedScore += PairingScore.score(find(c.mentees, lock.menteeId()), mentor, c.weights).total();
		}
		List<PairingSchool> free = c.mentees.stream()
			.filter(s -> !lockedMentees.contains(s.schoolId()) && !c.excludedSchools.contains(s.schoolId()))
			.toList();
		// score of each usable (free mentee, mentor), -1 when not usable
		int[][] scores = new int[free.size()][m];
		for (int i = 0; i < free.size(); i++) {
			for (int j = 0; j < m; j++) {
				PairingSchool mentee = free.get(i);
				PairingSchool mentor = c.mentors.get(j);
				scores[i][j] = c.usable(mentee.schoolId(), mentor.schoolId())
						? PairingScore.score(mentee, mentor, c.weights).total() : -1;
			}
		}
		long[] best = { -1, -1 };
		enumerate(scores, 0, left, 0, 0, best);
		return new long[] { best[0] + c.locked.size(), best[1] + lockedScore };
	}

	private static void enumerate(int[][] scores, int k, int[] left, long count, long score, long[] best) {
		if (k == scores.length) {
			if (count > best[0] || (count == best[0] && score > best[1])) {
				best[0] = count;
				best[1] = score;
			}
			return;
		}
		enumerate(scores, k + 1, left, count, score, best);
		for (int j = 0; j < left.length; j++) {
			if (left[j] > 0 && scores[k][j] >= 0) {
				left[j]--;
				enumerate(scores, k + 1, left, count + 1, score + scores[k][j], best);
				left[j]++;
			}
		}
	}

	static PairingSchool find(List<PairingSchool> schools, long id) {
		return schools.stream().filter(s -> s.schoolId() == id).findFirst().orElseThrow();
	}

	/** Capacity, exclusions, locks and the reported totals of a solution. */
	static void assertValid(Case c, PairingSolution solution) {
		Map<Long, Integer> used = new HashMap<>();
		Set<Long> menteesSeen = new HashSet<>();
		long total = 0;
		for (ProposedPair pair : solution.pairs()) {
			assertThat(menteesSeen.add(pair.menteeId())).as("one mentor per mentee").isTrue();
			used.merge(pair.mentorId(), 1, Integer::sum);
			assertThat(c.usable(pair.menteeId(), pair.mentorId())).as("excluded %s", pair).isTrue();
			assertThat(pair.locked()).isEqualTo(c.locked.contains(new Pair(pair.menteeId(), pair.mentorId())));
			assertThat(pair.score()).isEqualTo(
					PairingScore.score(find(c.mentees, pair.menteeId()), find(c.mentors, pair.mentorId()), c.weights));
			total += pair.score().total();
		}
		used.forEach(
				(mentor, n) -> assertThat(n).as("capacity of %d", mentor).isLessThanOrEqualTo(c.capacityOf(mentor)));
		for (Pair lock : c.locked) {
			assertThat(solution.pairs()).anySatisfy(p -> {
				assertThat(p.menteeId()).isEqualTo(lock.menteeId());
				assertThat(p.mentorId()).isEqualTo(lock.mentorId());
				assertThat(p.locked()).isTrue();
			});
		}
		assertThat(solution.ignoredLocks()).isEmpty();
		assertThat(solution.totalScore()).isEqualTo(total);
		List<Long> expectedUnassigned = c.mentees.stream()
			.map(PairingSchool::schoolId)
			.filter(id -> !menteesSeen.contains(id) && !c.excludedSchools.contains(id))
			.sorted()
			.toList();
		assertThat(solution.unassignedMenteeIds()).isEqualTo(expectedUnassigned);
	}

	@Test
	void optimalAgainstBruteForceOnSmallRandomCases() {
		Random random = new Random(20261130);
		int withLocks = 0;
		int withExclusions = 0;
		for (int k = 0; k < 2_000; k++) {
			Case c = randomCase(random);
			PairingSolution solution = PairingSolver.solve(c.problem());

			assertValid(c, solution);
			long[] best = bruteForce(c);
			assertThat(new long[] { solution.pairs().size(), solution.totalScore() }).as("case %d", k)
				.containsExactly(best);
			withLocks += c.locked.isEmpty() ? 0 : 1;
			withExclusions += c.excluded.isEmpty() && c.excludedSchools.isEmpty() ? 0 : 1;
		}
		// the generator does exercise locks and exclusions
		assertThat(withLocks).isGreaterThan(300);
		assertThat(withExclusions).isGreaterThan(700);
	}

	@Test
	void optimalAgainstBruteForceWhenMostScoresTie() {
		// one point for a factor, a subject or the type, nothing else: scores 0..3, many
		// ties
		PairingWeights flat = new PairingWeights(1, 1, 20, 5, 0, 10, 100, 1, 0, 200);
		Random random = new Random(99);
		for (int k = 0; k < 1_000; k++) {
			Case c = randomCase(random).with(flat);
			assertValid(c, PairingSolver.solve(c.problem()));
			PairingSolution solution = PairingSolver.solve(c.problem());
			assertThat(new long[] { solution.pairs().size(), solution.totalScore() }).containsExactly(bruteForce(c));
		}
	}

	@Test
	void sameResultWhateverTheInputOrder() {
		Random random = new Random(5);
		for (int k = 0; k < 300; k++) {
			Case c = randomCase(random);
			PairingSolution first = PairingSolver.solve(c.problem());

			List<Integer> order = new ArrayList<>();
			for (int j = 0; j < c.mentors.size(); j++) {
				order.add(j);
			}
			Collections.shuffle(order, random);
			List<PairingSchool> mentors = new ArrayList<>();
			int[] capacity = new int[order.size()];
			for (int j = 0; j < order.size(); j++) {
				mentors.add(c.mentors.get(order.get(j)));
				capacity[j] = c.capacity[order.get(j)];
			}
			List<PairingSchool> mentees = new ArrayList<>(c.mentees);
			Collections.shuffle(mentees, random);
			Case shuffled = new Case(mentees, mentors, capacity, c.excluded, c.excludedSchools, c.locked);

			assertThat(PairingSolver.solve(shuffled.problem())).isEqualTo(first);
		}
	}

	@Test
	void tiesGoToTheLowerMentorId() {
		// identical schools: every pair scores the same
		List<PairingSchool> mentees = List.of(PairingFixtures.plain(2), PairingFixtures.plain(1));
		List<PairingSchool> mentors = List.of(PairingFixtures.plain(30), PairingFixtures.plain(20),
				PairingFixtures.plain(10));

		PairingSolution solution = PairingSolver.solve(PairingProblem.of(mentees, mentors, new int[] { 1, 1, 1 }));

		assertThat(solution.pairs()).extracting(ProposedPair::menteeId, ProposedPair::mentorId)
			.containsExactly(tuple(1L, 10L), tuple(2L, 20L));
	}

	@Test
	void aMenteeIsAssignedEvenWhenThatLowersTheTotal() {
		// mentee 1 fits mentor 10 best, but mentee 2 can only go to mentor 10
		PairingSchool mentee1 = new PairingSchool(1, "1", null, null, null, null, null, Set.of(5L), Set.of(), Map.of());
		PairingSchool mentee2 = PairingFixtures.plain(2);
		PairingSchool mentor10 = new PairingSchool(10, "10", null, null, null, null, null, Set.of(), Set.of(5L),
				Map.of());
		PairingSchool mentor20 = PairingFixtures.plain(20);
		PairingProblem problem = new PairingProblem(List.of(mentee1, mentee2), List.of(mentor10, mentor20),
				new int[] { 1, 1 }, Set.of(new Pair(2, 20)), Set.of(), Set.of(), W);

		PairingSolution solution = PairingSolver.solve(problem);

		assertThat(solution.pairs()).extracting(ProposedPair::menteeId, ProposedPair::mentorId)
			.containsExactly(tuple(2L, 10L), tuple(1L, 20L));
		assertThat(solution.unassignedMenteeIds()).isEmpty();
		// 10 + 10 (neutral distances only) rather than 50 for mentee 1 alone
		assertThat(solution.totalScore()).isEqualTo(20);
	}

	@Test
	void capacityIsRespectedAndTheRestStayUnassigned() {
		List<PairingSchool> mentees = new ArrayList<>();
		for (long id = 1; id <= 7; id++) {
			mentees.add(PairingFixtures.plain(id));
		}
		PairingSolution solution = PairingSolver.solve(PairingProblem.of(mentees,
				List.of(PairingFixtures.plain(100), PairingFixtures.plain(200)), new int[] { 3, 2 }));

		assertThat(solution.pairs()).filteredOn(p -> p.mentorId() == 100).hasSize(3);
		assertThat(solution.pairs()).filteredOn(p -> p.mentorId() == 200).hasSize(2);
		assertThat(solution.unassignedMenteeIds()).hasSize(2);
	}

	@Test
	void lockedPairsAreKeptEvenAgainstTheOptimumAndUseCapacity() {
		PairingSchool mentee = new PairingSchool(1, "1", null, null, null, null, null, Set.of(5L), Set.of(), Map.of());
		PairingSchool good = new PairingSchool(10, "10", null, null, null, null, null, Set.of(), Set.of(5L), Map.of());
		PairingSchool poor = PairingFixtures.plain(20);
		PairingSchool other = PairingFixtures.plain(2);
		PairingProblem problem = new PairingProblem(List.of(mentee, other), List.of(good, poor), new int[] { 1, 1 },
				Set.of(), Set.of(), Set.of(new Pair(1, 20)), W);

		PairingSolution solution = PairingSolver.solve(problem);

		assertThat(solution.pairs()).extracting(ProposedPair::menteeId, ProposedPair::mentorId, ProposedPair::locked)
			.containsExactly(tuple(2L, 10L, false), tuple(1L, 20L, true));
	}

	@Test
	void excludedPairsAndSchoolsAreNeverProposedAndExclusionBeatsALock() {
		List<PairingSchool> mentees = List.of(PairingFixtures.plain(1), PairingFixtures.plain(2),
				PairingFixtures.plain(3));
		List<PairingSchool> mentors = List.of(PairingFixtures.plain(10), PairingFixtures.plain(20),
				PairingFixtures.plain(30));
		PairingProblem problem = new PairingProblem(mentees, mentors, new int[] { 3, 3, 3 },
				Set.of(new Pair(1, 10), new Pair(2, 10)), Set.of(3L, 20L),
				Set.of(new Pair(1, 10), new Pair(3, 30), new Pair(2, 99)), W);

		PairingSolution solution = PairingSolver.solve(problem);

		assertThat(solution.pairs()).extracting(ProposedPair::menteeId, ProposedPair::mentorId)
			.containsExactly(tuple(1L, 30L), tuple(2L, 30L));
		assertThat(solution.pairs()).noneMatch(ProposedPair::locked);
		assertThat(solution.unassignedMenteeIds()).isEmpty();
		assertThat(solution.ignoredLocks()).containsExactly(new Pair(1, 10), new Pair(2, 99), new Pair(3, 30));
	}

	@Test
	void locksBeyondCapacityOrASecondLockOfAMenteeAreIgnored() {
		List<PairingSchool> mentees = List.of(PairingFixtures.plain(1), PairingFixtures.plain(2));
		List<PairingSchool> mentors = List.of(PairingFixtures.plain(10), PairingFixtures.plain(20));
		PairingProblem problem = new PairingProblem(mentees, mentors, new int[] { 1, 0 }, Set.of(), Set.of(),
				Set.of(new Pair(1, 10), new Pair(1, 20), new Pair(2, 10)), W);

		PairingSolution solution = PairingSolver.solve(problem);

		assertThat(solution.pairs()).extracting(ProposedPair::menteeId, ProposedPair::mentorId, ProposedPair::locked)
			.containsExactly(tuple(1L, 10L, true));
		assertThat(solution.unassignedMenteeIds()).containsExactly(2L);
		assertThat(solution.ignoredLocks()).containsExactly(new Pair(1, 20), new Pair(2, 10));
	}

	@Test
	void aHugeCapacityIsJustRoomForEverybody() {
		PairingSolution solution = PairingSolver
			.solve(PairingProblem.of(List.of(PairingFixtures.plain(1), PairingFixtures.plain(2)),
					List.of(PairingFixtures.plain(10)), new int[] { Integer.MAX_VALUE }));

		assertThat(solution.pairs()).hasSize(2);
	}

	@Test
	void aSchoolIsNeverPairedWithItself() {
		PairingSolution solution = PairingSolver.solve(PairingProblem.of(List.of(PairingFixtures.plain(7)),
				List.of(PairingFixtures.plain(7)), new int[] { 3 }));

		assertThat(solution.pairs()).isEmpty();
		assertThat(solution.unassignedMenteeIds()).containsExactly(7L);
	}

	@Test
	void emptyProblemsAndBadInput() {
		assertThat(PairingSolver.solve(PairingProblem.of(List.of(), List.of(), new int[0])).pairs()).isEmpty();
		assertThat(PairingSolver.solve(PairingProblem.of(List.of(PairingFixtures.plain(1)), List.of(), new int[0]))
			.unassignedMenteeIds()).containsExactly(1L);
		assertThatThrownBy(() -> PairingProblem.of(List.of(), List.of(PairingFixtures.plain(1)), new int[0]))
			.isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PairingProblem.of(List.of(PairingFixtures.plain(1), PairingFixtures.plain(1)),
				List.of(), new int[0]))
			.isInstanceOf(IllegalArgumentException.class);
	}

	@Test
	void mediumRandomCasesMatchAnIndependentMinCostFlow() {
		Random random = new Random(42);
		for (int k = 0; k < 40; k++) {
			int n = 20 + random.nextInt(40);
			int m = 5 + random.nextInt(15);
			List<PairingSchool> mentees = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				mentees.add(PairingFixtures.random(random, 1 + i, 6, 6));
			}
			List<PairingSchool> mentors = new ArrayList<>();
			int[] capacity = new int[m];
			for (int j = 0; j < m; j++) {
				mentors.add(PairingFixtures.random(random, 1001 + j, 6, 6));
				capacity[j] = random.nextInt(5);
			}
			Set<Pair> excluded = new HashSet<>();
			for (int e = 0; e < n; e++) {
				excluded.add(new Pair(1 + random.nextInt(n), 1001 + random.nextInt(m)));
			}
			Case c = new Case(mentees, mentors, capacity, excluded, Set.of(), Set.of());
			PairingSolution solution = PairingSolver.solve(c.problem());
			assertValid(c, solution);
			assertThat(new long[] { solution.pairs().size(), solution.totalScore() })
				.containsExactly(ReferenceFlow.best(c, c.weights()));
		}
	}

}
