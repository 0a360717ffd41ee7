package ru.opora.network;

/**
 * An active pair of network mentoring as other modules see it: the pair (its page is
 * {@code /networks/pairs/{pairId}}), its network and the mentor school.
 */
public record MentorPair(Long pairId, Long networkId, Long mentorSchoolId) {

}
