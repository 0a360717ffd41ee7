package ru.opora.network;

/**
 * A (mentee school, mentor school) pair by school ids, for exclusions and locks.
 *
 * @param menteeId the mentee school's id
 * @param mentorId the mentor school's id
 */
public record Pair(long menteeId, long mentorId) {

}
