/**
 * Teachers (issue 9; seed 001 indicators 9–12 and 15, seed 003): a school's teachers with
 * the minimum of personal data, diagnostics of professional deficits and the «группа
 * риска», individual development plans (ИОМ), the course catalogue with enrolments, and
 * the municipal methodological associations (ММО). Names are seen only by the school
 * itself, its curators and the municipal coordinator
 * ({@link ru.opora.teachers.TeacherAccess}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Teachers", allowedDependencies = { "common", "web",
		"audit", "users", "schools", "programmes", "network", "tabular", "files", "notifications" })
package ru.opora.teachers;
