"""Teachers: the school's teachers, their import, diagnostics and the «группа риска» (issue 9)."""
M = [
("nav.teachers", "Педагоги", "Teachers"),
("teachers.tabs.teachers", "Педагоги", "Teachers"),
("teachers.tabs.courses", "Курсы повышения квалификации", "Courses"),
("teachers.tabs.associations", "Методические объединения", "Methodological associations"),
("error.notFound.teacher", "Педагог не найден.", "Teacher not found."),
("teachers.anonymised", "выбыл(а)", "left"),
("teachers.qualification.NONE", "без категории", "no category"),
("teachers.qualification.CONFORMITY", "соответствие занимаемой должности", "fit for the position"),
("teachers.qualification.FIRST", "первая", "first"),
("teachers.qualification.HIGHEST", "высшая", "highest"),
("teachers.qualification.METHODIST", "педагог-методист", "teacher-methodologist"),
("teachers.qualification.MENTOR", "педагог-наставник", "teacher-mentor"),
]
