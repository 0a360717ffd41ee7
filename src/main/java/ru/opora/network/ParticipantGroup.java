package ru.opora.network;

/**
 * The groups that network activities and the «День образовательных интенсивов» are for
 * (seed 002): leaders, teachers, students and parents.
 */
public enum ParticipantGroup {

	/** руководители (администрация) */
	LEADERS,
	/** педагоги */
	TEACHERS,
	/** обучающиеся */
	STUDENTS,
	/** родители (законные представители) */
	PARENTS

}
