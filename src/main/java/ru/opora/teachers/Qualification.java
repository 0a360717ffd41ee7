package ru.opora.teachers;

/**
 * A teacher's qualification category (квалификационная категория), including the
 * categories «педагог-методист» and «педагог-наставник» introduced in 2023.
 */
enum Qualification {

	NONE, CONFORMITY, FIRST, HIGHEST, METHODIST, MENTOR;

	public String messageKey() {
		return "teachers.qualification." + name();
	}

}
