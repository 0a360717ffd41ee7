package ru.opora.analysis;

/**
 * What an analysis import file holds. Shown through {@code ImportKind.<CONSTANT>}.
 */
public enum ImportKind {

	RESULTS, PASSPORTS

}
