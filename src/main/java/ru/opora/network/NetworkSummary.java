package ru.opora.network;

/**
 * A network in lists: its programme year, model and size; {@code closed}: the programme
 * year is closed, so the network is read only (pages show no edit buttons).
 */
public record NetworkSummary(Long id, Long programmeYearId, String title, int year, NetworkModel model,
		Long municipalityId, String municipalityName, long mentors, long mentees, long pairs, boolean closed) {

}
