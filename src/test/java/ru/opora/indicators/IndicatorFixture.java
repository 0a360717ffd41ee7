package ru.opora.indicators;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A region of the test's own: municipality M (schools A and B, both participants of a
 * programme year of 2026) and M2 of the same region (school C, its own programme year), a
 * second region; an account per role. A has both concept documents approved and a green
 * road map; A mentors B in a network of M. Every name carries a random suffix.
 */
final class IndicatorFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final long region;

	final long otherRegion;

	final long municipality;

	final long otherMunicipality;

	final long schoolA;

	final long schoolB;

	final long schoolC;

	final long year;

	final long otherYear;

	private final JdbcTemplate jdbc;

	IndicatorFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		this.otherRegion = id("insert into region (name) values (?) returning id", "Другой регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				this.region, "Соседний район " + this.suffix);
		id("insert into municipality (region_id, name) values (?, ?) returning id", this.otherRegion,
				"Дальний район " + this.suffix);
		this.schoolA = school(this.municipality, "СОШ Альфа");
		this.schoolB = school(this.municipality, "СОШ Бета");
		this.schoolC = school(this.otherMunicipality, "СОШ Гамма");
		this.year = programmeYear(this.municipality, this.schoolA, this.schoolB);
		this.otherYear = programmeYear(this.otherMunicipality, this.schoolC);
		// A: both concept documents approved (no risk chosen: it owes two); B: one
		// submitted
		document(this.schoolA, "CONCEPT", "APPROVED");
		document(this.schoolA, "MEDIUM_TERM_PROGRAMME", "APPROVED");
		document(this.schoolB, "CONCEPT", "SUBMITTED");
		// A: a road map with a measure done; B: a road map without measures
		long mapA = roadMap(this.schoolA);
		long section = id(
				"insert into road_map_section (road_map_id, position, title) values (?, 1, 'Раздел') returning id",
				mapA);
		this.jdbc.update("""
				insert into road_map_item (road_map_id, section_id, position, task, action, due_date, status)
				values (?, ?, 1, 'Задача', 'Семинар', date '2026-05-01', 'DONE')""", mapA, section);
		roadMap(this.schoolB);
		// a network of M: A mentors B since September 2025
		long network = id("""
				insert into network (programme_year_id, municipality_id, model, created_by)
				values (?, ?, 'DISTRIBUTED', 'test') returning id""", this.year, this.municipality);
		this.jdbc.update(
				"""
						insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, created_by, created_at)
						values (?, ?, ?, 'MANUAL', 'test', timestamptz '2025-09-01 10:00+03')""",
				network, this.schoolA, this.schoolB);
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("coord2", "COORDINATOR", this.region, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("observer2", "REGIONAL_OBSERVER", this.otherRegion, null, null);
		user("schoola", "SCHOOL", this.region, this.municipality, this.schoolA);
		long curator = user("curator", "CURATOR", this.region, this.municipality, this.schoolA);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on, created_by) values (?, ?, date '2020-01-01', 'test')",
				curator, this.schoolB);
	}

	/** The login of one of the fixture's accounts ("admin" is the demo administrator). */
	String login(String who) {
		return "admin".equals(who) ? "admin" : who + "-" + this.suffix;
	}

	String schoolName(long school) {
		return this.jdbc.queryForObject("select name from school where id = ?", String.class, school);
	}

	private long school(long municipality, String name) {
		String full = name + " " + this.suffix;
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement, distance_km, students)
				values (?, ?, ?, 'SOSH', 'RURAL', 10, 300) returning id""", municipality, full, full);
	}

	private long programmeYear(long municipality, long... schools) {
		long id = id("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				values (?, 2026, ?, date '2026-04-30', 'test') returning id""", municipality,
				"500+ 2026 " + UUID.randomUUID().toString().substring(0, 8));
		for (long school : schools) {
			this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", id,
					school);
		}
		return id;
	}

	private void document(long school, String kind, String status) {
		this.jdbc.update("""
				insert into document (programme_year_id, school_id, kind, status, versions_count)
				values (?, ?, ?, ?, 1)""", this.year, school, kind, status);
	}

	private long roadMap(long school) {
		long map = id("""
				insert into road_map (kind, programme_year_id, municipality_id, school_id)
				values ('SCHOOL', ?, ?, ?) returning id""", this.year, this.municipality, school);
		return map;
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
