package ru.opora.analysis;

import java.util.List;

import ru.opora.schools.SchoolFacts;

/**
 * A school on «Анализ школ»: its classification in the chosen year (null: no data that
 * year) and the groups of the years before (oldest first).
 */
public record OverviewRow(SchoolFacts school, YearClassification current, List<YearClassification> history) {

	public SchoolGroup group() {
		return (this.current != null) ? this.current.group() : SchoolGroup.NO_DATA;
	}

	public boolean persistentlyLow() {
		return this.current != null && this.current.persistentlyLow();
	}

	public Trend trend() {
		return (this.current != null) ? this.current.trend() : Trend.NO_DATA;
	}

}
