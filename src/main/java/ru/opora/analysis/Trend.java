package ru.opora.analysis;

/**
 * Change of the mean share below the pass mark against the year before: improving (down
 * by at least one percentage point), worsening (up by at least one), stable, or unknown.
 * Shown through {@code Trend.<CONSTANT>}.
 */
public enum Trend {

	IMPROVING, STABLE, WORSENING, NO_DATA

}
