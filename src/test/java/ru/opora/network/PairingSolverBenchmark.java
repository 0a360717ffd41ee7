package ru.opora.network;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Benchmark, not a test: a region of 2,000 mentee and 500 mentor schools (capacity 3
 * each, every pair allowed and scored) solved several times. Runs only when asked for:
 *
 * <pre>
 * ./mvnw -q test -Dtest=PairingSolverBenchmark -Dopora.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false
 * </pre>
 *
 * Figures go to standard output, lines starting with {@code BENCHMARK}; see
 * docs/benchmarks.md.
 */
@EnabledIfSystemProperty(named = "opora.benchmark", matches = "true")
class PairingSolverBenchmark {

	static final int MENTEES = 2_000;

	static final int MENTORS = 500;

	static final int RUNS = 7;

	@Test
	void twoThousandMenteesFiveHundredMentors() {
		Random random = new Random(2026);
		List<PairingSchool> mentees = new ArrayList<>();
		for (int i = 0; i < MENTEES; i++) {
			mentees.add(PairingFixtures.random(random, 1 + i, 12, 6));
		}
		List<PairingSchool> mentors = new ArrayList<>();
		for (int j = 0; j < MENTORS; j++) {
			mentors.add(PairingFixtures.random(random, 100_001 + j, 12, 6));
		}
		int[] capacity = new int[MENTORS];
		Arrays.fill(capacity, 3);
		Set<Pair> excluded = new HashSet<>();
		for (int k = 0; k < 1_000; k++) {
			excluded.add(new Pair(1 + random.nextInt(MENTEES), 100_001 + random.nextInt(MENTORS)));
		}
		Set<Pair> locked = new HashSet<>();
		for (int k = 0; k < 50; k++) {
			locked.add(new Pair(1 + k * 7, 100_001 + k * 3));
		}
		run("2,000 × 500, capacity 3, dense scores, no exclusions", PairingProblem.of(mentees, mentors, capacity),
				1_500);
		run("2,000 × 500, capacity 3, 1,000 excluded pairs, 50 locked",
				new PairingProblem(mentees, mentors, capacity, excluded, Set.of(), locked, PairingWeights.defaults()),
				1_500);
		int[] roomy = new int[MENTORS];
		Arrays.fill(roomy, 5);
		run("2,000 × 500, capacity 5 (room for all), dense scores", PairingProblem.of(mentees, mentors, roomy), 2_000);
	}

	@Test
	void theTwoOrientationsOfTheAssignmentAlone() {
		Random random = new Random(2026);
		PairingWeights w = PairingWeights.defaults();
		PreparedSchool[] mentees = new PreparedSchool[MENTEES];
		for (int i = 0; i < MENTEES; i++) {
			mentees[i] = new PreparedSchool(PairingFixtures.random(random, 1 + i, 12, 6), w);
		}
		PreparedSchool[] mentors = new PreparedSchool[MENTORS];
		for (int j = 0; j < MENTORS; j++) {
			mentors[j] = new PreparedSchool(PairingFixtures.random(random, 100_001 + j, 12, 6), w);
		}
		long bonus = 1_500L * w.maxTotal() + 1;
		for (int r = 0; r < RUNS; r++) {
			long cpu = cpu();
			long t = System.nanoTime();
			int[] byMentee = new int[MENTEES * MENTORS];
			for (int i = 0; i < MENTEES; i++) {
				for (int j = 0; j < MENTORS; j++) {
					byMentee[i * MENTORS + j] = PairingScore.points(mentees[i], mentors[j], w);
				}
			}
			report("score matrix 2,000 × 500", t, cpu);
			int[] byMentor = new int[MENTORS * MENTEES];
			for (int i = 0; i < MENTEES; i++) {
				for (int j = 0; j < MENTORS; j++) {
					byMentor[j * MENTEES + i] = byMentee[i * MENTORS + j];
				}
			}
			int[] rowKey = new int[MENTEES];
			Arrays.setAll(rowKey, i -> i);
			int[] three = new int[MENTORS];
			Arrays.fill(three, 3);
			cpu = cpu();
			t = System.nanoTime();
			PairingSolver.assign(MENTEES, MENTORS, byMentee, rowKey, three, bonus);
			report("assign, rows = 2,000 mentees, columns = 500 mentors × 3", t, cpu);
			int[] slots = new int[MENTORS * 3];
			Arrays.setAll(slots, k -> k / 3);
			int[] one = new int[MENTEES];
			Arrays.fill(one, 1);
			cpu = cpu();
			t = System.nanoTime();
			PairingSolver.assign(slots.length, MENTEES, byMentor, slots, one, bonus);
			report("assign, rows = 1,500 places, columns = 2,000 mentees", t, cpu);
		}
	}

	private static void run(String what, PairingProblem problem, int expectedPairs) {
		long[] millis = new long[RUNS];
		long[] cpuMillis = new long[RUNS];
		PairingSolution solution = null;
		for (int r = 0; r < RUNS; r++) {
			long cpu = cpu();
			long t = System.nanoTime();
			solution = PairingSolver.solve(problem);
			millis[r] = (System.nanoTime() - t) / 1_000_000;
			cpuMillis[r] = (cpu() - cpu) / 1_000_000;
		}
		assertThat(solution.pairs()).hasSize(expectedPairs);
		System.out.printf(Locale.ROOT,
				"BENCHMARK %-58s wall (ms) %s median %d max %d; CPU (ms) %s median %d; total score %d%n", what,
				Arrays.toString(millis), median(millis), Arrays.stream(millis).max().orElseThrow(),
				Arrays.toString(cpuMillis), median(cpuMillis), solution.totalScore());
	}

	private static long median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[sorted.length / 2];
	}

	private static long cpu() {
		return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static void report(String what, long started, long cpuStarted) {
		System.out.printf(Locale.ROOT, "BENCHMARK %-58s wall %5d ms, CPU %5d ms%n", what,
				(System.nanoTime() - started) / 1_000_000, (cpu() - cpuStarted) / 1_000_000);
	}

}
