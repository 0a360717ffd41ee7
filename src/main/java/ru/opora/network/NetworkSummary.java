package ru.opora.network;

/**
 * A network in lists: its programme year, model and size.
 */
public record NetworkSummary(Long id, Long programmeYearId, String title, int year, NetworkModel model,
		Long municipalityId, String municipalityName, long mentors, long mentees, long pairs) {

}
