package ru.opora.riskprofile;

/**
 * Where a risk profile came from: imported as the federal survey delivered it, or
 * computed from the portal's questionnaires. Shown through
 * {@code ProfileSource.<CONSTANT>}.
 */
public enum ProfileSource {

	IMPORT, SURVEY

}
