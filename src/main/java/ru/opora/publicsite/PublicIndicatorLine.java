package ru.opora.publicsite;

/**
 * One public indicator as the page shows it: its number («4.1»), name, value, target and
 * status (e.g. «достигнут»), all already formatted; any of value, target and status may
 * be null.
 */
public record PublicIndicatorLine(String number, String name, String value, String target, String status) {

}
