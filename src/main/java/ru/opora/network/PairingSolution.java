package ru.opora.network;

import java.util.List;

/**
 * Output of {@link PairingSolver#solve}.
 *
 * @param pairs the proposed pairs, locked ones included, ordered by mentor id then mentee
 * id
 * @param unassignedMenteeIds mentees left without a mentor (no non-excluded mentor with a
 * free place), ascending; excluded mentee schools are not listed
 * @param totalScore the sum of the pairs' scores, locked ones included
 * @param ignoredLocks locks that could not be kept (see {@link PairingProblem#locked()}),
 * ordered by mentee id then mentor id
 */
public record PairingSolution(List<ProposedPair> pairs, List<Long> unassignedMenteeIds, long totalScore,
		List<Pair> ignoredLocks) {

	public PairingSolution {
		pairs = List.copyOf(pairs);
		unassignedMenteeIds = List.copyOf(unassignedMenteeIds);
		ignoredLocks = List.copyOf(ignoredLocks);
	}

}
