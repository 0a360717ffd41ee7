package ru.opora.teachers;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region and municipality of the test's own with two schools (A, B), a school of
 * another municipality and region, and an account per role: the coordinator, the
 * observer, school A and B, a curator assigned to A, and the coordinator and observer of
 * the other region. Names carry a random suffix, so the fixture never meets another
 * test's data.
 */
final class TeacherFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final long region;

	final long otherRegion;

	final long municipality;

	final long otherMunicipality;

	final long schoolA;

	final long schoolB;

	final long foreign;

	private final JdbcTemplate jdbc;

	TeacherFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		this.otherRegion = id("insert into region (name) values (?) returning id", "Другой регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				this.otherRegion, "Другой район " + this.suffix);
		this.schoolA = school(this.municipality, "СОШ А");
		this.schoolB = school(this.municipality, "ООШ Б");
		this.foreign = school(this.otherMunicipality, "СОШ Чужая");
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("coord2", "COORDINATOR", this.otherRegion, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("observer2", "REGIONAL_OBSERVER", this.otherRegion, null, null);
		user("school", "SCHOOL", this.region, this.municipality, this.schoolA);
		user("schoolb", "SCHOOL", this.region, this.municipality, this.schoolB);
		user("foreign", "SCHOOL", this.otherRegion, this.otherMunicipality, this.foreign);
		long curator = user("curator", "CURATOR", this.region, this.municipality, this.schoolB);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on, created_by) values (?, ?, date '2020-01-01', 'test')",
				curator, this.schoolA);
	}

	String login(String who) {
		return "admin".equals(who) ? "admin" : who + "-" + this.suffix;
	}

	String schoolName(long school) {
		return this.jdbc.queryForObject("select short_name from school where id = ?", String.class, school);
	}

	/**
	 * A teacher of the school with a unique name, working there since 01.09.2025.
	 */
	long teacher(long school, String name, String subject) {
		String full = name + " " + this.suffix;
		long id = id("""
				insert into teacher (school_id, full_name, name_key, main_subject, position, qualification, created_by)
				values (?, ?, ?, ?, 'Учитель', 'FIRST', 'test') returning id""", school, full, Teacher.nameKey(full),
				Teacher.subjectKey(subject));
		this.jdbc.update("insert into teacher_subject (teacher_id, position, subject) values (?, 0, ?)", id, subject);
		this.jdbc.update(
				"insert into teacher_school_period (teacher_id, school_id, from_date) values (?, ?, date '2025-09-01')",
				id, school);
		return id;
	}

	/**
	 * A diagnostic of the year with the same score in every active area.
	 */
	long diagnostic(long teacher, int year, int score) {
		long id = id("""
				insert into teacher_diagnostic (teacher_id, academic_year, entered_by) values (?, ?, 'test')
				returning id""", teacher, year);
		this.jdbc.update("""
				insert into teacher_diagnostic_score (diagnostic_id, area_id, score)
				select ?, id, ? from teacher_competence_area where active""", id, score);
		return id;
	}

	private long school(long municipality, String name) {
		String full = name + " " + this.suffix;
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement, students, teachers)
				values (?, ?, ?, 'SOSH', 'RURAL', 300, 20) returning id""", municipality, full, full);
	}

	private long user(String who, String role, Long region, Long municipality, Long school) {
		return id(
				"""
						insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
						values (?, ?, ?, 'тест', ?, ?, ?, ?) returning id""",
				login(who), HASH, "Тестовый " + who, role, region, municipality, school);
	}

	private long id(String sql, Object... args) {
		Long id = this.jdbc.queryForObject(sql, Long.class, args);
		return (id != null) ? id : -1;
	}

}
