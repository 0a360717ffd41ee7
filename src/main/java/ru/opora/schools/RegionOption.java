package ru.opora.schools;

/**
 * A region in a drop-down.
 */
public record RegionOption(Long id, String name) {

}
