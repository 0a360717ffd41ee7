package ru.opora.network;

import java.util.List;

/**
 * The suggested pairs of a network: a proposal for every mentee school without a pair,
 * the score of each proposal and its explained parts, the coordinator's rules, and the
 * pairs that already exist (kept as they are).
 */
public record Suggestion(NetworkSummary network, List<Row> rows, List<Named> unassigned, List<Named> ignoredLocks,
		List<RuleView> rules, List<PairView> existing, long totalScore, List<Named> mentees, List<Named> mentors,
		boolean canManage) {

	/**
	 * A proposed pair with its score.
	 */
	public record Row(Long menteeId, String menteeName, Long mentorId, String mentorName, PairScore score,
			boolean locked) {

	}

	/**
	 * A school or a pair by name.
	 */
	public record Named(Long id, String name, Long otherId, String otherName) {

	}

	/**
	 * A rule of the suggestion.
	 */
	public record RuleView(Long id, RuleKind kind, Long schoolId, String schoolName, Long otherSchoolId,
			String otherSchoolName, String note) {

	}

}
