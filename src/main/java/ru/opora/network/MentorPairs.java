package ru.opora.network;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import lombok.RequiredArgsConstructor;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A small read API for other modules (teachers' development plans): the active pair in
 * which a school is the mentee. No access check: it returns ids only, and callers show
 * them where their own rules allow.
 */
@Service
@RequiredArgsConstructor
public class MentorPairs {

	private final NetworkPairRepository pairs;

	/**
	 * The active pair (not ended) where the school is the mentee; of several (networks of
	 * different years), the newest.
	 */
	@Transactional(readOnly = true)
	public Optional<MentorPair> activePairOfMentee(Long schoolId) {
		List<NetworkPair> active = this.pairs.activeInvolving(List.of(schoolId));
		return active.stream()
			.filter((p) -> p.getMenteeSchoolId().equals(schoolId))
			.max(Comparator.comparing(NetworkPair::getId))
			.map((p) -> new MentorPair(p.getId(), p.getNetworkId(), p.getMentorSchoolId()));
	}

}
