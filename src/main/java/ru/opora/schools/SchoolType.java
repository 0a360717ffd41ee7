package ru.opora.schools;

/**
 * Kinds of general-education school. Shown through {@code SchoolType.<CONSTANT>}.
 */
public enum SchoolType {

	/** средняя общеобразовательная школа */
	SOSH,
	/** основная общеобразовательная школа */
	OOSH,
	/** начальная общеобразовательная школа */
	NOSH,
	/** гимназия */
	GYMNASIUM,
	/** лицей */
	LYCEUM,
	/** центр образования */
	EDUCATION_CENTER

}
