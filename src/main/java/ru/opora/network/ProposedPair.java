package ru.opora.network;

/**
 * One pair of a {@link PairingSolution}.
 *
 * @param menteeId the mentee school's id
 * @param mentorId the mentor school's id
 * @param score the pair's score with its explained parts
 * @param locked {@code true} when the coordinator locked it
 */
public record ProposedPair(long menteeId, long mentorId, PairScore score, boolean locked) {

}
