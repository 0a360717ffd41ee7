package ru.opora.schools;

/**
 * A school in a drop-down.
 */
public record SchoolOption(Long id, String shortName, Long municipalityId) {

}
