package ru.opora.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Optimal assignment of mentee schools to mentor schools.
 * <p>
 * <b>Objective</b> (lexicographic): first the largest number of assigned mentees, then
 * the largest total score. So a mentee is always assigned when some non-excluded mentor
 * still has room, even for a low score. Each mentee gets at most one mentor, each mentor
 * at most its capacity; locked pairs are kept and use their mentor's capacity; excluded
 * pairs and schools are never used (a school paired with itself counts as excluded).
 * Implemented with one weight per allowed pair, {@code B + score}, where
 * {@code B = n × maxScore + 1} ({@code n} = free mentees): one more assignment then
 * outweighs any difference in scores, because {@code k} pairs score at most
 * {@code k × maxScore < B}.
 * <p>
 * <b>Algorithm</b>: the Hungarian method in its shortest-augmenting-path form (successive
 * shortest paths with potentials, Dijkstra on dense arrays), with mentors as columns that
 * hold up to their capacity and one extra column «no mentor» of unlimited capacity and
 * weight 0, so every mentee can always be placed and the result is a maximum-weight
 * assignment. Mentees are added one at a time; each phase finds the cheapest augmenting
 * path from the new mentee to a column with room, shifting assigned mentees along it.
 * Worst case {@code O(n × (m + n) × m)} for {@code n} mentees and {@code m} mentors; the
 * search of a phase stops at the first column with room, which in practice keeps it far
 * below that (2,000 × 500 with capacity 3 in about a second, see docs/benchmarks.md).
 * Optimality is checked against brute force in {@code PairingSolverTests}.
 * <p>
 * <b>Determinism</b>: schools are processed in ascending id order whatever the input
 * order, and ties go to the lower mentor id, so the same problem always gives the same
 * pairs.
 */
public final class PairingSolver {

	private PairingSolver() {
	}

	/**
	 * Solves the problem.
	 * @param p the problem
	 * @return the optimal pairs, the mentees left without a mentor and the locks that
	 * could not be kept
	 */
	public static PairingSolution solve(PairingProblem p) {
		PairingWeights w = p.weights();
		Set<Long> excludedSchools = p.excludedSchools();
		Set<Pair> excluded = p.excluded();

		List<PairingSchool> mentees = new ArrayList<>(p.mentees());
		mentees.removeIf(s -> excludedSchools.contains(s.schoolId()));
		mentees.sort(Comparator.comparingLong(PairingSchool::schoolId));

		int[] givenCapacity = p.capacity();
		Map<Long, Integer> capacityById = new HashMap<>();
		List<PairingSchool> mentors = new ArrayList<>();
		for (int k = 0; k < p.mentors().size(); k++) {
			PairingSchool mentor = p.mentors().get(k);
			if (!excludedSchools.contains(mentor.schoolId())) {
				mentors.add(mentor);
				capacityById.put(mentor.schoolId(), Math.max(0, givenCapacity[k]));
			}
		}
		mentors.sort(Comparator.comparingLong(PairingSchool::schoolId));

		Map<Long, PreparedSchool> prepared = new HashMap<>();
		for (PairingSchool s : mentees) {
			prepared.put(s.schoolId(), new PreparedSchool(s, w));
		}
		Map<Long, PreparedSchool> preparedMentors = new HashMap<>();
		for (PairingSchool s : mentors) {
			preparedMentors.put(s.schoolId(), new PreparedSchool(s, w));
		}

		// locks: an exclusion wins; one lock per mentee; never over capacity
		List<Pair> locks = new ArrayList<>(p.locked());
		locks.sort(Comparator.comparingLong(Pair::menteeId).thenComparingLong(Pair::mentorId));
		List<ProposedPair> result = new ArrayList<>();
		List<Pair> ignoredLocks = new ArrayList<>();
		Set<Long> lockedMentees = new HashSet<>();
		for (Pair lock : locks) {
			PreparedSchool mentee = prepared.get(lock.menteeId());
			PreparedSchool mentor = preparedMentors.get(lock.mentorId());
			if (mentee == null || mentor == null || excluded.contains(lock) || lock.menteeId() == lock.mentorId()
					|| lockedMentees.contains(lock.menteeId()) || capacityById.get(lock.mentorId()) <= 0) {
				ignoredLocks.add(lock);
				continue;
			}
			lockedMentees.add(lock.menteeId());
			capacityById.merge(lock.mentorId(), -1, Integer::sum);
			result
				.add(new ProposedPair(lock.menteeId(), lock.mentorId(), PairingScore.explain(mentee, mentor, w), true));
		}

		PreparedSchool[] rows = mentees.stream()
			.filter(s -> !lockedMentees.contains(s.schoolId()))
			.map(s -> prepared.get(s.schoolId()))
			.toArray(PreparedSchool[]::new);
		PreparedSchool[] cols = mentors.stream()
			.filter(s -> capacityById.get(s.schoolId()) > 0)
			.map(s -> preparedMentors.get(s.schoolId()))
			.toArray(PreparedSchool[]::new);
		int[] cap = new int[cols.length];
		for (int j = 0; j < cols.length; j++) {
			cap[j] = capacityById.get(cols[j].id);
		}
		int n = rows.length;
		int m = cols.length;
		int[] scores = new int[n * m];
		for (int i = 0; i < n; i++) {
			for (int j = 0; j < m; j++) {
				boolean allowed = rows[i].id != cols[j].id
						&& (excluded.isEmpty() || !excluded.contains(new Pair(rows[i].id, cols[j].id)));
				scores[i * m + j] = allowed ? PairingScore.points(rows[i], cols[j], w) : -1;
			}
		}

		int[] colOf = assign(n, m, scores, cap, (long) n * w.maxTotal() + 1);

		List<Long> unassigned = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (colOf[i] < m) {
				result.add(new ProposedPair(rows[i].id, cols[colOf[i]].id,
						PairingScore.explain(rows[i], cols[colOf[i]], w), false));
			}
			else {
				unassigned.add(rows[i].id);
			}
		}
		result.sort(Comparator.comparingLong(ProposedPair::mentorId).thenComparingLong(ProposedPair::menteeId));
		long total = result.stream().mapToLong(pp -> pp.score().total()).sum();
		return new PairingSolution(result, unassigned, total, ignoredLocks);
	}

	/**
	 * Maximum-weight assignment of {@code n} rows to {@code m} columns with capacities,
	 * plus column {@code m} («none») of unlimited capacity and weight 0.
	 * @param scores row-major {@code n × m}, the pair's score or -1 when not allowed
	 * @param cap each column's capacity, at least 1
	 * @param bonus added to every allowed score (see the class comment)
	 * @return each row's column, {@code m} for «none»
	 */
	static int[] assign(int n, int m, int[] scores, int[] cap, long bonus) {
		final long inf = Long.MAX_VALUE / 4;
		// reduced cost of row i → column j: cost(i, j) + rowPot[i] - colPot[j] >= 0,
		// where
		// cost = -(bonus + score) for a mentor and 0 for «none»; assigned pairs have 0.
		// Columns with room keep colPot = 0 (only full columns are ever shifted, and a
		// full column stays full), so reaching any column with room ends a search.
		long[] rowPot = new long[n];
		long[] colPot = new long[m + 1];
		int[] load = new int[m];
		int[][] members = new int[m][];
		for (int j = 0; j < m; j++) {
			members[j] = new int[cap[j]];
		}
		int[] colOf = new int[n];
		Arrays.fill(colOf, -1);

		long[] dist = new long[m + 1];
		int[] prevRow = new int[m + 1];
		boolean[] done = new boolean[m + 1];
		int[] doneCols = new int[m + 1];
		long[] rowDist = new long[n];
		int[] treeRows = new int[n];

		for (int r = 0; r < n; r++) {
			// a potential that makes every edge out of the new row non-negative
			long pot = colPot[m];
			int base = r * m;
			for (int j = 0; j < m; j++) {
				int s = scores[base + j];
				if (s >= 0) {
					pot = Math.max(pot, colPot[j] + bonus + s);
				}
			}
			rowPot[r] = pot;

			Arrays.fill(dist, inf);
			Arrays.fill(done, false);
			int doneCount = 0;
			int treeCount = 0;
			rowDist[r] = 0;
			treeRows[treeCount++] = r;
			relax(r, m, scores, bonus, rowPot, colPot, rowDist, dist, prevRow, done);

			int terminal;
			while (true) {
				int best = -1;
				long bestDist = inf;
				for (int j = 0; j <= m; j++) {
					if (!done[j] && dist[j] < bestDist) {
						bestDist = dist[j];
						best = j;
					}
				}
				done[best] = true;
				doneCols[doneCount++] = best;
				if (best == m || load[best] < cap[best]) {
					terminal = best;
					break;
				}
				int[] inCol = members[best];
				for (int k = 0; k < load[best]; k++) {
					int i = inCol[k];
					rowDist[i] = bestDist;
					treeRows[treeCount++] = i;
					relax(i, m, scores, bonus, rowPot, colPot, rowDist, dist, prevRow, done);
				}
			}

			long delta = dist[terminal];
			for (int k = 0; k < doneCount; k++) {
				int j = doneCols[k];
				colPot[j] += dist[j] - delta;
			}
			for (int k = 0; k < treeCount; k++) {
				int i = treeRows[k];
				rowPot[i] += rowDist[i] - delta;
			}

			// shift the mentees along the path: each takes the column it was reached
			// through
			int col = terminal;
			int leaving = -1;
			while (true) {
				int i = prevRow[col];
				int previous = colOf[i];
				if (col < m) {
					if (leaving < 0) {
						members[col][load[col]++] = i;
					}
					else {
						int[] inCol = members[col];
						for (int k = 0; k < load[col]; k++) {
							if (inCol[k] == leaving) {
								inCol[k] = i;
								break;
							}
						}
					}
				}
				colOf[i] = col;
				if (i == r) {
					break;
				}
				leaving = i;
				col = previous;
			}
		}
		return colOf;
	}

	private static void relax(int i, int m, int[] scores, long bonus, long[] rowPot, long[] colPot, long[] rowDist,
			long[] dist, int[] prevRow, boolean[] done) {
		long base = rowDist[i] + rowPot[i];
		int offset = i * m;
		for (int j = 0; j < m; j++) {
			int s = scores[offset + j];
			if (s >= 0 && !done[j]) {
				long d = base - bonus - s - colPot[j];
				if (d < dist[j]) {
					dist[j] = d;
					prevRow[j] = i;
				}
			}
		}
		if (!done[m]) {
			long d = base - colPot[m];
			if (d < dist[m]) {
				dist[m] = d;
				prevRow[m] = i;
			}
		}
	}

}
