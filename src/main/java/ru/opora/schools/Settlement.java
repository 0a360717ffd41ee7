package ru.opora.schools;

/**
 * Urban or rural school. Shown through {@code Settlement.<CONSTANT>}.
 */
public enum Settlement {

	URBAN, RURAL

}
