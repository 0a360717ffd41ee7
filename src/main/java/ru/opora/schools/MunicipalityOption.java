package ru.opora.schools;

/**
 * A municipality in a drop-down.
 */
public record MunicipalityOption(Long id, String name, Long regionId, String regionName) {

}
