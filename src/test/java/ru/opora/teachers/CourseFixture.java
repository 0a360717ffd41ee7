package ru.opora.teachers;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A municipality of its own for the tests of plans, courses and enrolments: school A (a
 * mentee of the mentor school in an active network pair) with two teachers, one of them
 * in the «группа риска» of 2026 (Методическая 40 %), school B of the same municipality
 * with a teacher, the mentor school with a teacher, a school of another municipality with
 * a teacher, and an account per role. Every name carries a random suffix, so that the
 * fixture never meets another test's data.
 */
final class CourseFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final long region;

	final long municipality;

	final long otherMunicipality;

	final long schoolA;

	final long schoolB;

	final long mentorSchool;

	final long foreignSchool;

	/** In the risk group of 2026: Методическая 40 %. */
	final long riskTeacher;

	final long teacherA2;

	final long teacherB;

	final long mentorTeacher;

	final long foreignTeacher;

	final long pair;

	private final JdbcTemplate jdbc;

	CourseFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		long otherRegion = id("insert into region (name) values (?) returning id", "Другой регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				otherRegion, "Другой район " + this.suffix);
		this.schoolA = school(this.municipality, "СОШ А");
		this.schoolB = school(this.municipality, "СОШ Б");
		this.mentorSchool = school(this.municipality, "Гимназия Н");
		this.foreignSchool = school(this.otherMunicipality, "СОШ Чужая");
		this.riskTeacher = teacher(this.schoolA, "Рискова Анна Петровна", "Математика");
		this.teacherA2 = teacher(this.schoolA, "Спокойнов Иван Ильич", "История");
		this.teacherB = teacher(this.schoolB, "Соседова Мария Ивановна", "Физика");
		this.mentorTeacher = teacher(this.mentorSchool, "Наставникова Елена Юрьевна", "Математика");
		this.foreignTeacher = teacher(this.foreignSchool, "Чужаков Пётр Петрович", "Химия");
		long diagnostic = id("""
				insert into teacher_diagnostic (teacher_id, academic_year, entered_by) values (?, 2026, 'test')
				returning id""", this.riskTeacher);
		this.jdbc.update("""
				insert into teacher_diagnostic_score (diagnostic_id, area_id, score)
				select ?, id, case when name = 'Методическая' then 40 else 80 end from teacher_competence_area""",
				diagnostic);
		long programme = id("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				values (?, 2026, ?, date '2026-04-30', 'test') returning id""", this.municipality,
				"Наставничество " + this.suffix);
		long network = id("""
				insert into network (programme_year_id, municipality_id, model, default_capacity, created_by)
				values (?, ?, 'DISTRIBUTED', 2, 'test') returning id""", programme, this.municipality);
		this.jdbc.update(
				"insert into network_school (network_id, school_id, role, capacity) values (?, ?, 'MENTOR', 2)",
				network, this.mentorSchool);
		this.jdbc.update("insert into network_school (network_id, school_id, role) values (?, ?, 'MENTEE')", network,
				this.schoolA);
		this.pair = id("""
				insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, created_by)
				values (?, ?, ?, 'MANUAL', 'test') returning id""", network, this.mentorSchool, this.schoolA);
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("coord2", "COORDINATOR", otherRegion, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("school", "SCHOOL", this.region, this.municipality, this.schoolA);
		user("schoolb", "SCHOOL", this.region, this.municipality, this.schoolB);
		user("foreign", "SCHOOL", otherRegion, this.otherMunicipality, this.foreignSchool);
		long curator = user("curator", "CURATOR", this.region, this.municipality, this.schoolB);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on, created_by) values (?, ?, date '2020-01-01', 'test')",
				curator, this.schoolA);
	}

	/** The login of one of the fixture's accounts. */
	String login(String who) {
		return who + "-" + this.suffix;
	}

	/** A course of a municipality's catalogue (active, blended, 36 hours). */
	long course(long municipality, String title) {
		return id("""
				insert into course (municipality_id, title, provider, hours, format, starts_on, ends_on, created_by)
				values (?, ?, 'ЛОИРО', 36, 'BLENDED', date '2026-10-01', date '2026-12-01', 'test') returning id""",
				municipality, title + " " + this.suffix);
	}

	long enrolment(long course, long teacher, String status) {
		return id("""
				insert into course_enrolment (course_id, teacher_id, status, completed_on, created_by)
				values (?, ?, ?, case when ? = 'COMPLETED' then date '2026-11-01' end, 'test') returning id""", course,
				teacher, status, status);
	}

	long teacher(long school, String name, String subject) {
		String full = name + " " + this.suffix;
		long id = id("""
				insert into teacher (school_id, full_name, name_key, main_subject, created_by)
				values (?, ?, lower(?), lower(?), 'test') returning id""", school, full, full, subject);
		this.jdbc.update("insert into teacher_subject (teacher_id, position, subject) values (?, 0, ?)", id, subject);
		return id;
	}

	private long school(long municipality, String name) {
		String full = name + " " + this.suffix;
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement, distance_km, students)
				values (?, ?, ?, 'SOSH', 'RURAL', 10, 300) returning id""", municipality, full, full);
	}

	private long user(String who, String role, Long region, Long municipality, Long school) {
		return id(
				"""
						insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
						values (?, ?, ?, 'тест', ?, ?, ?, ?) returning id""",
				login(who), HASH, "Тестовый " + who, role, region, municipality, school);
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
