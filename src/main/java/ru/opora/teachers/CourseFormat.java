package ru.opora.teachers;

/**
 * How a course is taught: очно, дистанционно, смешанно.
 */
enum CourseFormat {

	IN_PERSON, ONLINE, BLENDED

}
