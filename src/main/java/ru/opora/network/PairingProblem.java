package ru.opora.network;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Input of {@link PairingSolver#solve}.
 *
 * @param mentees the candidate mentee schools (ids unique)
 * @param mentors the candidate mentor schools (ids unique)
 * @param capacity free places of each mentor, in the order of {@code mentors}, after the
 * pairs that already exist (those are not in this problem); negative counts as 0
 * @param excluded pairs never proposed: pairs the coordinator excluded, pairs that
 * already exist, «do not pair» conflicts
 * @param excludedSchools schools (mentee or mentor) never used
 * @param locked pairs that must be in the result; they use the mentor's capacity. A lock
 * on an excluded pair or school, on an unknown school, or a second lock of the same
 * mentee is not used and is reported in {@link PairingSolution#ignoredLocks()}: an
 * exclusion always wins
 * @param weights the score's weights
 */
public record PairingProblem(List<PairingSchool> mentees, List<PairingSchool> mentors, int[] capacity,
		Set<Pair> excluded, Set<Long> excludedSchools, Set<Pair> locked, PairingWeights weights) {

	/**
	 * Copies everything; {@code null} sets mean empty, {@code null} weights the defaults.
	 */
	public PairingProblem {
		mentees = List.copyOf(mentees);
		mentors = List.copyOf(mentors);
		Objects.requireNonNull(capacity, "capacity");
		if (capacity.length != mentors.size()) {
			throw new IllegalArgumentException(
					"capacity has " + capacity.length + " entries for " + mentors.size() + " mentors");
		}
		capacity = capacity.clone();
		excluded = excluded == null ? Set.of() : Set.copyOf(excluded);
		excludedSchools = excludedSchools == null ? Set.of() : Set.copyOf(excludedSchools);
		locked = locked == null ? Set.of() : Set.copyOf(locked);
		weights = weights == null ? PairingWeights.defaults() : weights;
		requireUniqueIds(mentees, "mentee");
		requireUniqueIds(mentors, "mentor");
	}

	/** A problem with no exclusions and no locks, default weights. */
	public static PairingProblem of(List<PairingSchool> mentees, List<PairingSchool> mentors, int[] capacity) {
		return new PairingProblem(mentees, mentors, capacity, Set.of(), Set.of(), Set.of(), PairingWeights.defaults());
	}

	@Override
	public int[] capacity() {
		return this.capacity.clone();
	}

	private static void requireUniqueIds(List<PairingSchool> schools, String role) {
		Set<Long> seen = new HashSet<>();
		for (PairingSchool school : schools) {
			if (!seen.add(school.schoolId())) {
				throw new IllegalArgumentException("duplicate " + role + " school " + school.schoolId());
			}
		}
	}

}
