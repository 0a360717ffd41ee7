package ru.opora.warnings;

/**
 * A school's early-warning level: в норме, внимание, риск. Shown through
 * {@code Level.<CONSTANT>}.
 */
public enum Level {

	NORMAL, ATTENTION, RISK

}
