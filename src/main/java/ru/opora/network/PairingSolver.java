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
 * {@code B = k × maxScore + 1} and {@code k} = the most pairs there can be (free mentees
 * or free places, whichever is fewer): one more pair then outweighs any difference in
 * scores, because {@code k} pairs score at most {@code k × maxScore < B}.
 * <p>
 * <b>Algorithm</b>: the Hungarian method in its shortest-augmenting-path form (successive
 * shortest paths with potentials, Dijkstra on dense arrays) for a b-matching: rows are
 * added one at a time, and each phase finds the cheapest augmenting path from the new row
 * to a column with room, shifting the assigned rows along it. An extra column «none» of
 * unlimited capacity and weight 0 lets every row be placed, so the result is a
 * maximum-weight assignment whether or not everybody fits. When the mentors' free places
 * are at least the mentees, mentees are the rows and mentors the columns (holding up to
 * their capacity); otherwise each free place of a mentor is a row and mentees are the
 * columns, so that a search soon meets a mentee still without a mentor (measured: 0.2 s
 * instead of 0.65 s of CPU for 2,000 × 500 with capacity 3). Worst case
 * {@code O(rows × (rows + columns) × columns)}; a search stops at the first column with
 * room, which in practice keeps it far below that: 2,000 × 500 with capacity 3, scoring
 * included, takes about 0.4 s of CPU (docs/benchmarks.md).
 * <p>
 * Optimality is checked against brute force in {@code PairingSolverTests}.
 * <p>
 * <b>Determinism</b>: schools are processed in ascending id order whatever the input
 * order, and among equally good columns a search takes the first (when everybody fits:
 * the lower mentor id), so the same problem always gives the same pairs.
 */
public final class PairingSolver {

	/**
	 * The most (free mentee, mentor) pairs one problem may have: the score matrix holds
	 * one {@code int} each (400 MB at this limit; 2,000 × 500 is 1,000,000).
	 */
	public static final long MAX_PAIRS = 100_000_000;

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
		int n = rows.length;
		int m = cols.length;
		if ((long) n * m > MAX_PAIRS) {
			throw new IllegalArgumentException(n + " × " + m + " pairs are more than " + MAX_PAIRS);
		}
		int[] cap = new int[m];
		for (int j = 0; j < m; j++) {
			// a mentor never takes more than all the mentees
			cap[j] = Math.min(n, capacityById.get(cols[j].id));
		}
		long slots = 0;
		for (int c : cap) {
			slots += c;
		}
		long bonus = Math.min(n, slots) * w.maxTotal() + 1;
		int[] menteeMentor = new int[n];
		Arrays.fill(menteeMentor, -1);
		if (slots >= n) {
			// room for every mentee: mentees are the rows, mentors the columns
			int[] scores = new int[n * m];
			for (int i = 0; i < n; i++) {
				for (int j = 0; j < m; j++) {
					scores[i * m + j] = points(rows[i], cols[j], w);
				}
			}
			markExcluded(scores, rows, cols, excluded, m, 1);
			int[] rowKey = new int[n];
			Arrays.setAll(rowKey, i -> i);
			int[] colOf = assign(n, m, scores, rowKey, cap, bonus);
			for (int i = 0; i < n; i++) {
				menteeMentor[i] = colOf[i] < m ? colOf[i] : -1;
			}
		}
		else {
			// fewer places than mentees: the mentors' places are the rows, the mentees
			// the
			// columns; a search then soon meets a mentee still without a mentor
			int[] scores = new int[m * n];
			for (int j = 0; j < m; j++) {
				for (int i = 0; i < n; i++) {
					scores[j * n + i] = points(rows[i], cols[j], w);
				}
			}
			markExcluded(scores, rows, cols, excluded, 1, n);
			int[] rowKey = new int[(int) slots];
			int r = 0;
			for (int j = 0; j < m; j++) {
				for (int k = 0; k < cap[j]; k++) {
					rowKey[r++] = j;
				}
			}
			int[] one = new int[n];
			Arrays.fill(one, 1);
			int[] colOf = assign(rowKey.length, n, scores, rowKey, one, bonus);
			for (int slot = 0; slot < rowKey.length; slot++) {
				if (colOf[slot] < n) {
					menteeMentor[colOf[slot]] = rowKey[slot];
				}
			}
		}

		List<Long> unassigned = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (menteeMentor[i] >= 0) {
				result.add(new ProposedPair(rows[i].id, cols[menteeMentor[i]].id,
						PairingScore.explain(rows[i], cols[menteeMentor[i]], w), false));
			}
			else {
				unassigned.add(rows[i].id);
			}
		}
		result.sort(Comparator.comparingLong(ProposedPair::mentorId).thenComparingLong(ProposedPair::menteeId));
		long total = result.stream().mapToLong(pp -> pp.score().total()).sum();
		return new PairingSolution(result, unassigned, total, ignoredLocks);
	}

	/** The pair's score, or -1 for a school paired with itself. */
	private static int points(PreparedSchool mentee, PreparedSchool mentor, PairingWeights w) {
		return mentee.id != mentor.id ? PairingScore.points(mentee, mentor, w) : -1;
	}

	/**
	 * Sets the excluded pairs' scores to -1: one look-up per exclusion, not one per pair.
	 * @param menteeStride the score of mentee {@code i} with mentor {@code j} is at
	 * {@code i × menteeStride + j × mentorStride}
	 * @param mentorStride see {@code menteeStride}
	 */
	private static void markExcluded(int[] scores, PreparedSchool[] mentees, PreparedSchool[] mentors,
			Set<Pair> excluded, int menteeStride, int mentorStride) {
		if (excluded.isEmpty()) {
			return;
		}
		Map<Long, Integer> menteeIndex = new HashMap<>();
		for (int i = 0; i < mentees.length; i++) {
			menteeIndex.put(mentees[i].id, i);
		}
		Map<Long, Integer> mentorIndex = new HashMap<>();
		for (int j = 0; j < mentors.length; j++) {
			mentorIndex.put(mentors[j].id, j);
		}
		for (Pair pair : excluded) {
			Integer i = menteeIndex.get(pair.menteeId());
			Integer j = mentorIndex.get(pair.mentorId());
			if (i != null && j != null) {
				scores[i * menteeStride + j * mentorStride] = -1;
			}
		}
	}

	/**
	 * Maximum-weight assignment of {@code n} rows to {@code m} columns with capacities,
	 * plus column {@code m} («none») of unlimited capacity and weight 0.
	 * @param scores {@code rowKey[i] × m + j} holds the score of row {@code i} with
	 * column {@code j}, or -1 when not allowed (rows with the same key are the places of
	 * one mentor)
	 * @param cap each column's capacity, at least 1
	 * @param bonus added to every allowed score (see the class comment)
	 * @return each row's column, {@code m} for «none»
	 */
	static int[] assign(int n, int m, int[] scores, int[] rowKey, int[] cap, long bonus) {
		final long inf = Long.MAX_VALUE / 4;
		// Reduced cost of row i → column j: cost(i, j) + rowPot[i] - colPot[j] >= 0,
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
			int base = rowKey[r] * m;
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
			int best = relax(r, rowKey[r] * m, m, scores, bonus, rowPot, colPot, rowDist, dist, prevRow, done);

			int terminal;
			while (true) {
				done[best] = true;
				doneCols[doneCount++] = best;
				if (best == m || load[best] < cap[best]) {
					terminal = best;
					break;
				}
				// a full column: its rows join the search (it has at least one)
				long reached = dist[best];
				int[] inCol = members[best];
				int full = load[best];
				for (int k = 0; k < full; k++) {
					int i = inCol[k];
					rowDist[i] = reached;
					treeRows[treeCount++] = i;
					best = relax(i, rowKey[i] * m, m, scores, bonus, rowPot, colPot, rowDist, dist, prevRow, done);
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

			// shift the rows along the path: each takes the column it was reached through
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

	/**
	 * Relaxes the edges out of row {@code i} and, in the same pass, finds the column not
	 * yet done with the smallest distance (the lowest index among equals).
	 * @return that column
	 */
	private static int relax(int i, int offset, int m, int[] scores, long bonus, long[] rowPot, long[] colPot,
			long[] rowDist, long[] dist, int[] prevRow, boolean[] done) {
		long base = rowDist[i] + rowPot[i];
		int best = -1;
		long bestDist = Long.MAX_VALUE;
		for (int j = 0; j < m; j++) {
			if (done[j]) {
				continue;
			}
			int s = scores[offset + j];
			long dj = dist[j];
			if (s >= 0) {
				long d = base - bonus - s - colPot[j];
				if (d < dj) {
					dj = d;
					dist[j] = d;
					prevRow[j] = i;
				}
			}
			if (dj < bestDist) {
				bestDist = dj;
				best = j;
			}
		}
		if (!done[m]) {
			long d = base - colPot[m];
			if (d < dist[m]) {
				dist[m] = d;
				prevRow[m] = i;
			}
			if (dist[m] < bestDist) {
				best = m;
			}
		}
		return best;
	}

}
