package ru.opora.teachers;

/**
 * The level an external diagnostic of professional deficits reports.
 */
enum ExternalLevel {

	LOW, MEDIUM, HIGH

}
