package ru.opora.analysis;

/**
 * What the school record says about the context: rural, small school, distance to the
 * district centre (may be unknown).
 */
public record SchoolTraits(boolean rural, boolean smallSchool, Integer distanceKm) {

}
