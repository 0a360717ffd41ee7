package ru.opora.riskprofile;

/**
 * Who answers a questionnaire. Shown through {@code RespondentGroup.<CONSTANT>}.
 */
public enum RespondentGroup {

	PRINCIPAL, TEACHER, STUDENT, PARENT

}
