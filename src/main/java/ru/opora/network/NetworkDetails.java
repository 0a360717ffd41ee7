package ru.opora.network;

import java.util.List;

/**
 * The network page: the network, its members and the pairs the user may see.
 */
public record NetworkDetails(NetworkSummary summary, long version, Long centreSchoolId, int defaultCapacity,
		int inactivityDays, List<MemberView> mentors, List<MemberView> mentees, List<PairView> pairs, boolean canManage,
		boolean seesEverything) {

	public List<PairView> activePairs() {
		return this.pairs.stream().filter(PairView::active).toList();
	}

	public List<MemberView> unpairedMentees() {
		java.util.Set<Long> paired = activePairs().stream()
			.map(PairView::menteeId)
			.collect(java.util.stream.Collectors.toSet());
		return this.mentees.stream().filter((m) -> !paired.contains(m.schoolId())).toList();
	}

}
