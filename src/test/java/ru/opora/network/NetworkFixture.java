package ru.opora.network;

import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A municipality of its own for a test, with a network ready to be set up: two mentor
 * schools, three mentee schools (participants of the programme year), a school that is
 * not in the network, a school of another municipality, and an account per role. Every
 * name carries a random suffix, so that the fixture never meets another test's data.
 */
final class NetworkFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final long region;

	final long otherRegion;

	final long municipality;

	final long otherMunicipality;

	final long mentorA;

	final long mentorB;

	final long menteeX;

	final long menteeY;

	final long menteeZ;

	final long outsider;

	final long foreign;

	final long programme;

	private final JdbcTemplate jdbc;

	NetworkFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		this.otherRegion = id("insert into region (name) values (?) returning id", "Другой регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				this.otherRegion, "Другой район " + this.suffix);
		this.mentorA = school(this.municipality, "Гимназия А", "GYMNASIUM", 0, 800, 59.56, 30.12);
		this.mentorB = school(this.municipality, "Лицей Б", "LYCEUM", 0, 700, 59.30, 30.00);
		this.menteeX = school(this.municipality, "СОШ Икс", "SOSH", 20, 300, 59.58, 30.20);
		this.menteeY = school(this.municipality, "ООШ Игрек", "OOSH", 35, 120, 59.32, 30.05);
		this.menteeZ = school(this.municipality, "СОШ Зет", "SOSH", 40, 200, null, null);
		this.outsider = school(this.municipality, "СОШ Сторонняя", "SOSH", 10, 400, null, null);
		this.foreign = school(this.otherMunicipality, "СОШ Чужая", "SOSH", 5, 500, null, null);
		this.programme = id("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				values (?, 2026, ?, date '2026-04-30', 'test') returning id""", this.municipality,
				"Наставничество " + this.suffix);
		for (long s : new long[] { this.menteeX, this.menteeY, this.menteeZ }) {
			this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)",
					this.programme, s);
		}
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("coord2", "COORDINATOR", this.otherRegion, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("observer2", "REGIONAL_OBSERVER", this.otherRegion, null, null);
		user("mentor", "SCHOOL", this.region, this.municipality, this.mentorA);
		user("mentorb", "SCHOOL", this.region, this.municipality, this.mentorB);
		user("mentee", "SCHOOL", this.region, this.municipality, this.menteeX);
		user("menteey", "SCHOOL", this.region, this.municipality, this.menteeY);
		user("outsider", "SCHOOL", this.region, this.municipality, this.outsider);
		user("foreign", "SCHOOL", this.otherRegion, this.otherMunicipality, this.foreign);
		long curator = user("curator", "CURATOR", this.region, this.municipality, this.mentorA);
		this.jdbc.update(
				"insert into curator_assignment (curator_id, school_id, starts_on, created_by) values (?, ?, date '2020-01-01', 'test')",
				curator, this.menteeX);
	}

	/** The login of one of the fixture's accounts. */
	String login(String who) {
		return who + "-" + this.suffix;
	}

	/**
	 * A network of the programme year with A and B as mentors (capacity 2) and X, Y, Z as
	 * mentees.
	 */
	long network() {
		long network = id("""
				insert into network (programme_year_id, municipality_id, model, default_capacity, created_by)
				values (?, ?, 'DISTRIBUTED', 2, 'test') returning id""", this.programme, this.municipality);
		for (long s : new long[] { this.mentorA, this.mentorB }) {
			this.jdbc.update(
					"insert into network_school (network_id, school_id, role, capacity) values (?, ?, 'MENTOR', 2)",
					network, s);
		}
		for (long s : new long[] { this.menteeX, this.menteeY, this.menteeZ }) {
			this.jdbc.update("insert into network_school (network_id, school_id, role) values (?, ?, 'MENTEE')",
					network, s);
		}
		return network;
	}

	long pair(long network, long mentor, long mentee) {
		return id("""
				insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, created_by)
				values (?, ?, ?, 'MANUAL', 'test') returning id""", network, mentor, mentee);
	}

	long activity(long pair) {
		return id(
				"""
						insert into network_activity (pair_id, kind_id, topic, planned_on, created_by)
						values (?, (select min(id) from activity_kind), 'Семинар по ВПР', date '2026-12-10', 'test') returning id""",
				pair);
	}

	private long school(long municipality, String name, String type, int distance, int students, Double lat,
			Double lon) {
		String full = name + " " + this.suffix;
		return id(
				"""
						insert into school (municipality_id, name, short_name, type, settlement, distance_km, students, latitude, longitude)
						values (?, ?, ?, ?, 'RURAL', ?, ?, ?, ?) returning id""",
				municipality, full, full, type, distance, students, lat, lon);
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
		return id;
	}

}
