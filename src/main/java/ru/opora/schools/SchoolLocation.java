package ru.opora.schools;

/**
 * Where a school is: what the access rules look at.
 */
public record SchoolLocation(Long schoolId, Long municipalityId, Long regionId) {

}
