package ru.opora.network;

import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A test network of its own: a region with two municipalities; in the first, mentor
 * schools A and A2, mentee schools B and B2 (pairs A–B and A2–B2) and school C that is
 * not a member; in the second, school D. Accounts: the coordinator of each municipality,
 * a school account for A, B, C and D, and the region's observer. Names are unique per
 * fixture, so tests never see each other's data.
 */
final class IntensiveFixture {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	final String suffix;

	final long region;

	final long municipality;

	final long otherMunicipality;

	final long programmeYear;

	final long network;

	final long mentorA;

	final long mentorA2;

	final long menteeB;

	final long menteeB2;

	final long outsiderC;

	final long otherD;

	final long pairAB;

	final long pairA2B2;

	final String coordinator;

	final String otherCoordinator;

	final String schoolA;

	final String schoolB;

	final String schoolC;

	final String schoolD;

	final String observer;

	private final JdbcTemplate jdbc;

	IntensiveFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.suffix = System.nanoTime() % 1_000_000_000L + "-" + SEQUENCE.incrementAndGet();
		this.region = id("insert into region (name) values (?) returning id", "Регион интенсивов " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				this.region, "Другой район " + this.suffix);
		this.mentorA = school(this.municipality, "Наставник А");
		this.mentorA2 = school(this.municipality, "Наставник А2");
		this.menteeB = school(this.municipality, "Наставляемая Б");
		this.menteeB2 = school(this.municipality, "Наставляемая Б2");
		this.outsiderC = school(this.municipality, "Не в сети В");
		this.otherD = school(this.otherMunicipality, "Другая Г");
		this.programmeYear = id("""
				insert into programme_year (municipality_id, year, title, documents_due, created_by)
				values (?, 2025, ?, date '2026-06-30', 'test') returning id""", this.municipality,
				"Сетевое наставничество " + this.suffix);
		this.network = id(
				"""
						insert into network (programme_year_id, municipality_id, model) values (?, ?, 'CONCENTRATED') returning id""",
				this.programmeYear, this.municipality);
		jdbc.update("""
				insert into network_school (network_id, school_id, role, capacity) values
				(?, ?, 'MENTOR', 3), (?, ?, 'MENTOR', 3), (?, ?, 'MENTEE', null), (?, ?, 'MENTEE', null)""",
				this.network, this.mentorA, this.network, this.mentorA2, this.network, this.menteeB, this.network,
				this.menteeB2);
		this.pairAB = pair(this.mentorA, this.menteeB);
		this.pairA2B2 = pair(this.mentorA2, this.menteeB2);
		this.coordinator = user("COORDINATOR", this.municipality, null);
		this.otherCoordinator = user("COORDINATOR", this.otherMunicipality, null);
		this.schoolA = user("SCHOOL", this.municipality, this.mentorA);
		this.schoolB = user("SCHOOL", this.municipality, this.menteeB);
		this.schoolC = user("SCHOOL", this.municipality, this.outsiderC);
		this.schoolD = user("SCHOOL", this.otherMunicipality, this.otherD);
		this.observer = user("REGIONAL_OBSERVER", null, null);
	}

	long day(java.time.LocalDate date, String title) {
		return id(
				"""
						insert into intensive_day (network_id, held_on, place, title) values (?, ?, 'МБОУ «Гимназия», актовый зал', ?)
						returning id""",
				this.network, date, title);
	}

	long session(long day, String group, String topic, Integer capacity) {
		return id("""
				insert into intensive_session (day_id, target_group, topic, host_school_id, room, capacity)
				values (?, ?, ?, ?, '12', ?) returning id""", day, group, topic, this.mentorA, capacity);
	}

	long activity(long pair, java.time.LocalDate date, String topic) {
		return id("""
				insert into network_activity (pair_id, kind_id, topic, planned_on)
				values (?, (select min(id) from activity_kind), ?, ?) returning id""", pair, topic, date);
	}

	private long school(long municipalityId, String name) {
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement)
				values (?, ?, ?, 'SOSH', 'URBAN') returning id""", municipalityId,
				"МБОУ «" + name + " " + this.suffix + "»", name + " " + this.suffix);
	}

	private long pair(long mentor, long mentee) {
		return id("""
				insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin)
				values (?, ?, ?, 'MANUAL') returning id""", this.network, mentor, mentee);
	}

	private String user(String role, Long municipalityId, Long schoolId) {
		String username = "int" + role.toLowerCase().charAt(0) + SEQUENCE.incrementAndGet() + "x"
				+ this.suffix.replace("-", "x");
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id, school_id)
				values (?, '{noop}x', ?, ?, ?, ?, ?)""", username, "Тест " + username, role, this.region,
				municipalityId, schoolId);
		return username;
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
