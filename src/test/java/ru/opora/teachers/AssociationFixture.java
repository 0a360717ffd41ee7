package ru.opora.teachers;

import java.time.LocalDate;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region of its own for a test: municipality M with schools A and B, municipality M2 of
 * the same region with school C, a second region; teachers with unique names; an account
 * per role (coordinators of M and M2, observers of both regions, schools A and B, a
 * curator of B). Every name carries a random suffix, so the fixture never meets another
 * test's data.
 */
final class AssociationFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final long region;

	final long otherRegion;

	final long municipality;

	final long otherMunicipality;

	final long schoolA;

	final long schoolB;

	final long schoolC;

	final long a1;

	final long a2;

	final long b1;

	final long b2;

	final long c1;

	private final JdbcTemplate jdbc;

	AssociationFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		this.otherRegion = id("insert into region (name) values (?) returning id", "Другой регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				this.region, "Соседний район " + this.suffix);
		this.schoolA = school(this.municipality, "СОШ Альфа");
		this.schoolB = school(this.municipality, "СОШ Бета");
		this.schoolC = school(this.otherMunicipality, "СОШ Гамма");
		this.a1 = teacher(this.schoolA, "Аксёнова Анна", "Русский язык");
		this.a2 = teacher(this.schoolA, "Алексеев Артём", "Математика");
		this.b1 = teacher(this.schoolB, "Борисова Белла", "Русский язык");
		this.b2 = teacher(this.schoolB, "Быков Богдан", "Литература");
		this.c1 = teacher(this.schoolC, "Гусева Галина", "Русский язык");
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("coord2", "COORDINATOR", this.region, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("observer2", "REGIONAL_OBSERVER", this.otherRegion, null, null);
		user("schoola", "SCHOOL", this.region, this.municipality, this.schoolA);
		user("schoolb", "SCHOOL", this.region, this.municipality, this.schoolB);
		user("schoolc", "SCHOOL", this.region, this.otherMunicipality, this.schoolC);
		long curator = user("curator", "CURATOR", this.region, this.municipality, this.schoolA);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on, created_by) values (?, ?, date '2020-01-01', 'test')",
				curator, this.schoolB);
	}

	/** The login of one of the fixture's accounts ("admin" is the demo administrator). */
	String login(String who) {
		return "admin".equals(who) ? "admin" : who + "-" + this.suffix;
	}

	/** A teacher's full name as stored. */
	String name(long teacher) {
		return this.jdbc.queryForObject("select full_name from teacher where id = ?", String.class, teacher);
	}

	long school(long municipality, String name) {
		String full = name + " " + this.suffix;
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement, distance_km, students)
				values (?, ?, ?, 'SOSH', 'RURAL', 10, 300) returning id""", municipality, full, full);
	}

	long teacher(long school, String name, String subject) {
		String full = name + " " + this.suffix;
		long id = id("""
				insert into teacher (school_id, full_name, name_key, main_subject, created_by)
				values (?, ?, ?, ?, 'test') returning id""", school, full, full.toLowerCase().replace('ё', 'е'),
				subject.toLowerCase());
		this.jdbc.update("insert into teacher_subject (teacher_id, position, subject) values (?, 0, ?)", id, subject);
		return id;
	}

	/**
	 * An association of M made directly in the database, with members; returns its id.
	 */
	long association(String name, Long leader, long... members) {
		long id = id(
				"""
						insert into teacher_association (municipality_id, name, theme, leader_teacher_id, created_by, created_at)
						values (?, ?, 'Тема', ?, 'test', timestamptz '2026-09-15 10:00+03') returning id""",
				this.municipality, name + " " + this.suffix, leader);
		for (long t : members) {
			this.jdbc.update(
					"insert into teacher_association_member (association_id, teacher_id, joined_on) values (?, ?, ?)",
					id, t, LocalDate.of(2026, 9, 15));
		}
		return id;
	}

	long meeting(long association, String topic, long... attendees) {
		long id = id("""
				insert into teacher_association_meeting (association_id, held_on, topic, created_by)
				values (?, date '2026-10-20', ?, 'test') returning id""", association, topic);
		for (long t : attendees) {
			this.jdbc.update("insert into teacher_association_attendance (meeting_id, teacher_id) values (?, ?)", id,
					t);
		}
		return id;
	}

	private long user(String who, String role, Long region, Long municipality, Long school) {
		return id(
				"""
						insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
						values (?, ?, ?, 'тест', ?, ?, ?, ?) returning id""",
				login(who), HASH, "Тестовый " + who, role, region, municipality, school);
	}

	long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
