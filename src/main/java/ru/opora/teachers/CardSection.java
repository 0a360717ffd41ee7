package ru.opora.teachers;

/**
 * A part of the teacher's card: the template holding a fragment {@code section(data)} and
 * its data. Parts of the module contribute sections through {@link TeacherCardSections}.
 */
record CardSection(String template, Object data) {

}
