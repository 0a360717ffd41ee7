package ru.opora.warnings;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.TestData;

/**
 * A region of the test's own (so its early-warning settings are the defaults unless the
 * test changes them), a municipality with a coordinator, and schools each with a school
 * account and a curator; names are unique, passwords are the demo's («demo»).
 */
final class WarningFixture {

	final JdbcTemplate jdbc;

	final TestData data;

	final String tag;

	final long region;

	final long municipality;

	final String coordinator;

	final String observer;

	WarningFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.data = new TestData(jdbc);
		this.tag = TestData.unique("w").substring(2);
		this.region = jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Край " + this.tag);
		this.municipality = jdbc.queryForObject("insert into municipality (region_id, name) values (?, ?) returning id",
				Long.class, this.region, "Район " + this.tag);
		this.coordinator = user("COORDINATOR", "wc-", null);
		this.observer = "wo-" + this.tag;
		jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id)
				select ?, password_hash, ?, 'REGIONAL_OBSERVER', ? from app_user where username = 'observer'""",
				this.observer, "Наблюдатель " + this.tag, this.region);
	}

	/**
	 * A school of the municipality with its school account {@code ws-<name>-<tag>} and
	 * curator {@code wk-<name>-<tag>} (assigned since long ago).
	 */
	long school(String name, LocalDate today) {
		long school = this.jdbc.queryForObject("""
				insert into school (municipality_id, name, short_name, type, settlement)
				values (?, ?, ?, 'OOSH', 'RURAL') returning id""", Long.class, this.municipality,
				"МКОУ «" + name + " " + this.tag + "»", name + " " + this.tag);
		user("SCHOOL", "ws-" + name + "-", school);
		String curator = user("CURATOR", "wk-" + name + "-", null);
		this.jdbc.update("""
				insert into curator_assignment (curator_id, school_id, starts_on, created_by)
				select id, ?, ?, 'test' from app_user where username = ?""", school, today.minusYears(1), curator);
		return school;
	}

	String schoolUser(String name) {
		return "ws-" + name + "-" + this.tag;
	}

	String curator(String name) {
		return "wk-" + name + "-" + this.tag;
	}

	private String user(String role, String prefix, Long school) {
		String username = prefix + this.tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id, school_id)
				select ?, password_hash, ?, ?, ?, ?, ? from app_user where username = 'school'""", username,
				"Тест " + username, role, this.region, this.municipality, school);
		return username;
	}

	/**
	 * A programme year with the school as participant, joined on {@code joined}.
	 */
	long programme(long school, LocalDate documentsDue, LocalDate joined) {
		long year = this.data.programmeYear(2026, documentsDue, school);
		this.jdbc.update("update programme_participant set added_at = ? where programme_year_id = ?",
				java.sql.Timestamp.from(joined.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant()), year);
		return year;
	}

	/**
	 * The concept documents a school owes, all approved (so that only what the test adds
	 * counts).
	 */
	void approvedConceptDocuments(long year, long school) {
		for (String kind : new String[] { "CONCEPT", "MEDIUM_TERM_PROGRAMME" }) {
			document(year, school, kind, "APPROVED");
		}
	}

	long document(long year, long school, String kind, String status) {
		return this.jdbc.queryForObject("""
				insert into document (programme_year_id, school_id, kind, status) values (?, ?, ?, ?) returning id""",
				Long.class, year, school, kind, status);
	}

	long notifications(String username, String messageKey) {
		return this.jdbc.queryForObject("""
				select count(*) from notification n join app_user u on u.id = n.user_id
				where u.username = ? and n.message_key = ?""", Long.class, username, messageKey);
	}

	String level(long school) {
		return this.jdbc.queryForObject("select level from warning_level where school_id = ?", String.class, school);
	}

}
