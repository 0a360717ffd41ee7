package ru.opora.indicators;

import java.time.LocalDate;

/**
 * A period of a municipality's indicators: one of its programme years and a checkpoint.
 */
public record Period(Long programmeYearId, Long municipalityId, String title, int year, boolean closed,
		Checkpoint checkpoint) {

	public LocalDate date() {
		return this.checkpoint.date(this.year);
	}

	/** «500+ 2026 · 30.06». */
	public String shortLabel() {
		return this.title + " · " + date().format(java.time.format.DateTimeFormatter.ofPattern("dd.MM"));
	}

	/** The key of the period in forms and links: «12-FINAL». */
	public String key() {
		return this.programmeYearId + "-" + this.checkpoint.name();
	}

}
