package ru.opora.network;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A plain, independent reference for the solver on cases too large for brute force:
 * successive shortest paths with Bellman–Ford (no potentials, no shortcuts) on source →
 * mentee → mentor → sink, costs {@code -(B + score)}, augmenting while a path of negative
 * cost exists.
 */
final class ReferenceFlow {

	private final int[] to = new int[100_000];

	private final int[] capacity = new int[100_000];

	private final long[] cost = new long[100_000];

	private final List<List<Integer>> out = new ArrayList<>();

	private int edges;

	private ReferenceFlow(int nodes) {
		for (int v = 0; v < nodes; v++) {
			this.out.add(new ArrayList<>());
		}
	}

	private void edge(int from, int target, int cap, long c) {
		this.to[this.edges] = target;
		this.capacity[this.edges] = cap;
		this.cost[this.edges] = c;
		this.out.get(from).add(this.edges++);
		this.to[this.edges] = from;
		this.capacity[this.edges] = 0;
		this.cost[this.edges] = -c;
		this.out.get(target).add(this.edges++);
	}

	/** (assigned mentees, total score) of an optimum; no locks, no excluded schools. */
	static long[] best(PairingSolverTests.Case c, PairingWeights w) {
		int n = c.mentees().size();
		int m = c.mentors().size();
		int source = n + m;
		int sink = source + 1;
		long bonus = (long) n * w.maxTotal() + 1;
		ReferenceFlow g = new ReferenceFlow(n + m + 2);
		for (int i = 0; i < n; i++) {
			g.edge(source, i, 1, 0);
			for (int j = 0; j < m; j++) {
				PairingSchool mentee = c.mentees().get(i);
				PairingSchool mentor = c.mentors().get(j);
				if (c.usable(mentee.schoolId(), mentor.schoolId()) && mentee.schoolId() != mentor.schoolId()) {
					g.edge(i, n + j, 1, -(bonus + PairingScore.score(mentee, mentor, w).total()));
				}
			}
		}
		for (int j = 0; j < m; j++) {
			g.edge(n + j, sink, Math.max(0, c.capacity()[j]), 0);
		}
		long count = 0;
		long totalCost = 0;
		while (true) {
			long[] dist = new long[n + m + 2];
			int[] via = new int[n + m + 2];
			Arrays.fill(dist, Long.MAX_VALUE);
			Arrays.fill(via, -1);
			dist[source] = 0;
			for (int round = 0; round < n + m + 2; round++) {
				boolean changed = false;
				for (int v = 0; v < n + m + 2; v++) {
					if (dist[v] == Long.MAX_VALUE) {
						continue;
					}
					for (int e : g.out.get(v)) {
						if (g.capacity[e] > 0 && dist[v] + g.cost[e] < dist[g.to[e]]) {
							dist[g.to[e]] = dist[v] + g.cost[e];
							via[g.to[e]] = e;
							changed = true;
						}
					}
				}
				if (!changed) {
					break;
				}
			}
			if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
				break;
			}
			for (int v = sink; v != source; v = g.to[via[v] ^ 1]) {
				g.capacity[via[v]]--;
				g.capacity[via[v] ^ 1]++;
			}
			count++;
			totalCost += dist[sink];
		}
		return new long[] { count, -totalCost - count * bonus };
	}

}
