package ru.opora.schools;

/**
 * Counts of a municipality's schools for the summaries.
 */
public record MunicipalityStats(Long id, String name, long schools, long rural, long small, long students,
		long teachers) {

}
