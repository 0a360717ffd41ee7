package ru.opora.publicsite;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.files.FileKind;
import ru.opora.files.FileService;
import ru.opora.support.TestFiles;

/**
 * A municipality of its own with a public page: an open programme year «500+ 2026» with
 * schools A and B, a closed one of 2025, school C (not a participant) and a school of
 * another municipality; documents (A: approved and public, submitted; B: approved but not
 * public, draft), a municipal road map (3 of 4 filled-in measures done, one blank row), a
 * network with events, and an account per role. Names carry a random suffix.
 */
final class PublicFixture {

	static final String HASH = "{bcrypt}$2a$10$MyZTkfymOerQZjsWLX3Po.JFMvS77CVfzzct76bsldOPa5G/8YxX6";

	final String suffix = UUID.randomUUID().toString().substring(0, 8);

	final String slug = "t-" + this.suffix;

	final long region;

	final long municipality;

	final long otherMunicipality;

	final long schoolA;

	final long schoolB;

	final long schoolC;

	final long foreign;

	final long programme;

	final long closedProgramme;

	final long publicDocument;

	final long privateApproved;

	final long submitted;

	final long foreignPublic;

	private final JdbcTemplate jdbc;

	PublicFixture(JdbcTemplate jdbc, FileService files, TransactionTemplate tx) {
		this.jdbc = jdbc;
		this.region = id("insert into region (name) values (?) returning id", "Регион " + this.suffix);
		this.municipality = id("insert into municipality (region_id, name) values (?, ?) returning id", this.region,
				"Район " + this.suffix);
		long otherRegion = id("insert into region (name) values (?) returning id", "Чужой регион " + this.suffix);
		this.otherMunicipality = id("insert into municipality (region_id, name) values (?, ?) returning id",
				otherRegion, "Чужой район " + this.suffix);
		this.schoolA = school(this.municipality, "Школа Альфа");
		this.schoolB = school(this.municipality, "Школа Бета");
		this.schoolC = school(this.municipality, "Школа Гамма");
		this.foreign = school(this.otherMunicipality, "Школа Чужая");
		this.programme = programme(this.municipality, 2026, "Программа " + this.suffix, false, this.schoolA,
				this.schoolB);
		this.closedProgramme = programme(this.municipality, 2025, "Закрытая " + this.suffix, true, this.schoolC);
		long foreignProgramme = programme(this.otherMunicipality, 2026, "Чужая " + this.suffix, false, this.foreign);
		this.publicDocument = tx
			.execute((s) -> document(files, this.programme, this.schoolA, "CONCEPT", "APPROVED", true));
		this.submitted = tx
			.execute((s) -> document(files, this.programme, this.schoolA, "MEDIUM_TERM_PROGRAMME", "SUBMITTED", false));
		this.privateApproved = tx
			.execute((s) -> document(files, this.programme, this.schoolB, "CONCEPT", "APPROVED", false));
		this.jdbc.update("""
				insert into document (programme_year_id, school_id, kind, status)
				values (?, ?, 'INTERIM_REPORT', 'DRAFT')""", this.programme, this.schoolB);
		this.foreignPublic = tx
			.execute((s) -> document(files, foreignProgramme, this.foreign, "CONCEPT", "APPROVED", true));
		// the closed year's documents do not count
		this.jdbc.update("""
				insert into document (programme_year_id, school_id, kind, status)
				values (?, ?, 'CONCEPT', 'DRAFT')""", this.closedProgramme, this.schoolC);
		roadMap();
		events();
		user("coord", "COORDINATOR", this.region, this.municipality, null);
		user("othercoord", "COORDINATOR", otherRegion, this.otherMunicipality, null);
		user("observer", "REGIONAL_OBSERVER", this.region, null, null);
		user("otherobserver", "REGIONAL_OBSERVER", otherRegion, null, null);
		user("schoola", "SCHOOL", this.region, this.municipality, this.schoolA);
		user("schoolb", "SCHOOL", this.region, this.municipality, this.schoolB);
		this.jdbc.update("""
				insert into public_page (municipality_id, slug, enabled, updated_by) values (?, ?, true, 'test')""",
				this.municipality, this.slug);
	}

	String login(String who) {
		return who + "-" + this.suffix;
	}

	String name(String school) {
		return school + " " + this.suffix;
	}

	/** Everything on: the measures 3 done of 4 filled in, plus a blank row. */
	private void roadMap() {
		long map = id("""
				insert into road_map (kind, programme_year_id, municipality_id) values ('MUNICIPAL', ?, ?)
				returning id""", this.programme, this.municipality);
		long section = id("""
				insert into road_map_section (road_map_id, position, title) values (?, 1, 'Раздел') returning id""",
				map);
		String[] statuses = { "DONE", "DONE", "DONE", "IN_PROGRESS" };
		int position = 1;
		for (String status : statuses) {
			this.jdbc.update("""
					insert into road_map_item (road_map_id, section_id, position, action, due_date, status)
					values (?, ?, ?, 'Мероприятие', date '2027-05-01', ?)""", map, section, position++, status);
		}
		this.jdbc.update("""
				insert into road_map_item (road_map_id, section_id, position) values (?, ?, ?)""", map, section,
				position);
	}

	/**
	 * Upcoming: an intensive day on 01.12.2026, a joint activity on 20.11.2026; not
	 * shown: a cancelled day, a held activity, one beyond 90 days.
	 */
	private void events() {
		long network = id("""
				insert into network (programme_year_id, municipality_id, model, created_by)
				values (?, ?, 'DISTRIBUTED', 'test') returning id""", this.programme, this.municipality);
		this.jdbc.update("""
				insert into intensive_day (network_id, held_on, place, title, status)
				values (?, date '2026-12-01', 'Актовый зал', ?, 'PLANNED'),
				       (?, date '2026-12-15', 'Актовый зал', ?, 'CANCELLED')""", network, "Интенсив " + this.suffix,
				network, "Отменённый " + this.suffix);
		long pair = id("""
				insert into network_pair (network_id, mentor_school_id, mentee_school_id, origin, created_by)
				values (?, ?, ?, 'MANUAL', 'test') returning id""", network, this.schoolA, this.schoolB);
		this.jdbc
			.update("""
					insert into network_activity (pair_id, kind_id, topic, planned_on, responsible, status, held_on)
					values (?, (select id from activity_kind where name = 'Семинар'), ?, date '2026-11-20', 'Иванова', 'PLANNED', null),
					       (?, (select id from activity_kind where name = 'Семинар'), ?, date '2026-11-01', null, 'HELD', date '2026-11-01'),
					       (?, (select id from activity_kind where name = 'Семинар'), ?, date '2027-03-01', null, 'PLANNED', null)""",
					pair, "Семинар " + this.suffix, pair, "Прошедший " + this.suffix, pair, "Далёкий " + this.suffix);
	}

	private long document(FileService files, long programme, long school, String kind, String status,
			boolean published) {
		long document = id(
				"""
						insert into document (programme_year_id, school_id, kind, status, versions_count, published_at, published_by)
						values (?, ?, ?, ?, 1, case when ? then timestamptz '2026-11-05 10:00+03' end, case when ? then 'test' end)
						returning id""",
				programme, school, kind, status, published, published);
		var file = files.store("Документ " + this.suffix + ".pdf",
				new ByteArrayInputStream(TestFiles.pdf("Документ " + document)), 1024 * 1024, EnumSet.of(FileKind.PDF),
				"test");
		this.jdbc.update("""
				insert into document_version (document_id, number, file_id, uploaded_by) values (?, 1, ?, 'test')""",
				document, file.id());
		return document;
	}

	private long programme(long municipality, int year, String title, boolean closed, long... schools) {
		long id = id("""
				insert into programme_year (municipality_id, year, title, documents_due, closed, created_by)
				values (?, ?, ?, date '2026-04-30', ?, 'test') returning id""", municipality, year, title, closed);
		for (long s : schools) {
			this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", id, s);
		}
		return id;
	}

	private long school(long municipality, String name) {
		String full = name(name);
		return id("""
				insert into school (municipality_id, name, short_name, type, settlement, principal_name)
				values (?, ?, ?, 'SOSH', 'RURAL', ?) returning id""", municipality, full, full,
				"Директорова Д. Д. " + this.suffix);
	}

	private void user(String who, String role, Long region, Long municipality, Long school) {
		id("""
				insert into app_user (username, password_hash, full_name, position, role, region_id, municipality_id, school_id)
				values (?, ?, ?, 'тест', ?, ?, ?, ?) returning id""",
				login(who), HASH, "Пользователев " + who + " " + this.suffix, role, region, municipality, school);
	}

	private long id(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
