package ru.opora.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.StatementCounter;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Each list page sends a bounded number of SQL statements, whatever the number of
 * schools: the same pages of a municipality with 10 and one with 200 schools (each with
 * its programme year, participants, road maps and chosen risk factors) cost the same
 * number of statements (a paged list one more: its count query, sent only when there is a
 * second page). The test creates both municipalities itself.
 */
class ListPageStatementsIntegrationTests extends PortalIntegrationTest {

	private static final List<String> PAGES = List.of("/", "/schools", "/schools?q=школа", "/programmes",
			"/programmes/{year}", "/programmes/{year}/documents", "/programmes/{year}/roadmaps",
			"/programmes/{year}/profiles", "/assignments", "/review", "/notifications");

	/** Far above what any of these pages needs, far below one statement per school. */
	private static final int CEILING = 40;

	@Test
	void listPagesSendAsManyStatementsAt200SchoolsAsAt10() throws Exception {
		Map<String, Integer> small = statementsPerPage(municipalityWithSchools(10));
		Map<String, Integer> large = statementsPerPage(municipalityWithSchools(200));
		SoftAssertions softly = new SoftAssertions();
		for (String page : PAGES) {
			// a paged list sends its count query only when there is more than one page: +
			// 1
			softly.assertThat(large.get(page))
				.as("statements of %s at 200 schools (at 10: %s)", page, small.get(page))
				.isBetween(small.get(page), small.get(page) + 1)
				.isLessThanOrEqualTo(CEILING);
		}
		softly.assertAll();
	}

	private Map<String, Integer> statementsPerPage(Fixture fixture) throws Exception {
		return statements(fixture, PAGES);
	}

	/**
	 * A new municipality with its coordinator and {@code schools} schools (names unique
	 * to this run, so that other tests' lookups by name never see them), all of them
	 * participants of a programme year, each with a road map (a section, two measures)
	 * and two chosen risk factors.
	 */
	private Fixture municipalityWithSchools(int schools) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select min(id) from region", Long.class);
		long municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
				"Статистический район " + tag);
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'МКОУ «Школа ' || n || ' ' || ? || '»', 'Школа ' || n || ' ' || ?, 'SOSH', 'RURAL',
				       'с. Тестовое, ул. Школьная, ' || n, 'Директор ' || n
				from generate_series(1, ?) n""", municipality, tag, tag, schools);
		String coordinator = "stmt-" + tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор ' || ?, 'COORDINATOR', ?, ?)""", coordinator, tag, region,
				municipality);
		long year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due)
				values (?, 2026, 'Статистика ' || ?, date '2026-12-01') returning id""", Long.class, municipality, tag);
		this.jdbc.update("""
				insert into programme_participant (programme_year_id, school_id)
				select ?, id from school where municipality_id = ?""", year, municipality);
		this.jdbc.update("""
				insert into road_map (kind, programme_year_id, municipality_id, school_id)
				select 'SCHOOL', ?, ?, id from school where municipality_id = ?""", year, municipality, municipality);
		this.jdbc.update("""
				insert into road_map_section (road_map_id, position, title)
				select id, 1, 'Раздел' from road_map where programme_year_id = ?""", year);
		this.jdbc.update("""
				insert into road_map_item (road_map_id, section_id, position, action, due_date, status)
				select s.road_map_id, s.id, p, 'Мероприятие ' || p, date '2026-06-01' + p,
				       case p when 1 then 'DONE' else 'IN_PROGRESS' end
				from road_map_section s join road_map m on m.id = s.road_map_id, generate_series(1, 2) p
				where m.programme_year_id = ?""", year);
		this.jdbc.update("""
				insert into risk_factor_choice (programme_year_id, school_id, risk_factor_id, chosen_by)
				select ?, s.id, f.id, 'test' from school s, risk_factor f
				where s.municipality_id = ? and f.catalogue_year = 2026 and f.number in (1, 2)""", year, municipality);
		return new Fixture(coordinator, year);
	}

	private record Fixture(String coordinator, long yearId) {
	}

	/**
	 * The monitoring lists show 50 schools a page (120 participants: pages 1–3), and the
	 * page links keep the filters.
	 */
	@Test
	void monitoringListsArePagedAndTheirLinksKeepTheFilters() throws Exception {
		Fixture fixture = municipalityWithSchools(120);
		for (String page : List.of("/programmes/{year}/documents", "/programmes/{year}/roadmaps",
				"/programmes/{year}/profiles")) {
			String url = page.replace("{year}", String.valueOf(fixture.yearId()));
			org.assertj.core.api.Assertions.assertThat(body(url, fixture))
				.as(url)
				.contains("Страница 1 из 3")
				.contains(url + "?page=1\"");
			org.assertj.core.api.Assertions.assertThat(body(url + "?page=2", fixture))
				.as(url)
				.contains("Страница 3 из 3")
				.doesNotContain("rel=\"next\"");
		}
		String documents = "/programmes/" + fixture.yearId() + "/documents?kind=CONCEPT&page=1";
		org.assertj.core.api.Assertions.assertThat(body(documents, fixture))
			.contains("Страница 2 из 3")
			.contains("kind=CONCEPT&amp;page=2\"")
			.contains("kind=CONCEPT&amp;page=0\"");
	}

	private String body(String url, Fixture fixture) throws Exception {
		return this.mvc.perform(get(url).with(this.demo.as(fixture.coordinator())))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	/**
	 * The documents monitoring's filters, worked out in SQL, pick the schools whose
	 * checklist shows a matching item: a status among the documents there are, «не
	 * загружен» for an item without a document (an anti-risk programme of a factor no
	 * longer chosen stays an item), «просрочено» for a concept document not approved
	 * after the deadline, each with a kind.
	 */
	@Test
	void documentsMonitoringFiltersPickTheSchoolsWhoseChecklistShowsAMatchingItem() throws Exception {
		Fixture fixture = municipalityWithSchools(6);
		Map<Integer, Long> schools = new LinkedHashMap<>();
		Map<Integer, String> names = new LinkedHashMap<>();
		this.jdbc.query("""
				select s.id, s.short_name from school s join programme_participant p on p.school_id = s.id
				where p.programme_year_id = ? order by s.id""", (rs) -> {
			schools.put(schools.size() + 1, rs.getLong(1));
			names.put(names.size() + 1, rs.getString(2));
		}, fixture.yearId());
		document(fixture, schools.get(1), "CONCEPT", null, "APPROVED");
		document(fixture, schools.get(2), "MEDIUM_TERM_PROGRAMME", null, "SUBMITTED");
		// factor 3 is not chosen: its programme stays on the checklist
		document(fixture, schools.get(3), "ANTI_RISK_PROGRAMME", 3, "DRAFT");
		document(fixture, schools.get(4), "FINAL_REPORT", null, "RETURNED");
		for (String kind : List.of("CONCEPT", "MEDIUM_TERM_PROGRAMME")) {
			document(fixture, schools.get(5), kind, null, "APPROVED");
		}
		document(fixture, schools.get(5), "ANTI_RISK_PROGRAMME", 1, "APPROVED");
		document(fixture, schools.get(5), "ANTI_RISK_PROGRAMME", 2, "APPROVED");
		Map<String, List<Integer>> expected = new LinkedHashMap<>();
		expected.put("", List.of(1, 2, 3, 4, 5, 6));
		expected.put("status=APPROVED", List.of(1, 5));
		expected.put("status=SUBMITTED", List.of(2));
		expected.put("status=DRAFT", List.of(3));
		expected.put("status=RETURNED", List.of(4));
		expected.put("status=MISSING", List.of(1, 2, 3, 4, 5, 6));
		expected.put("status=MISSING&kind=CONCEPT", List.of(2, 3, 4, 6));
		expected.put("status=MISSING&kind=ANTI_RISK_PROGRAMME", List.of(1, 2, 3, 4, 6));
		expected.put("status=DRAFT&kind=ANTI_RISK_PROGRAMME", List.of(3));
		expected.put("status=APPROVED&kind=FINAL_REPORT", List.of());
		expected.put("kind=FINAL_REPORT", List.of(1, 2, 3, 4, 5, 6));
		// the deadline (2026-12-01) has not passed at the test clock's 2026-11-10
		expected.put("status=OVERDUE", List.of());
		SoftAssertions softly = new SoftAssertions();
		for (Map.Entry<String, List<Integer>> filter : expected.entrySet()) {
			String body = body("/programmes/" + fixture.yearId() + "/documents?view=matrix&" + filter.getKey(),
					fixture);
			for (Map.Entry<Integer, String> school : names.entrySet()) {
				softly.assertThat(body.contains(">" + school.getValue() + "</a>"))
					.as("%s shown with %s", school.getValue(), filter.getKey())
					.isEqualTo(filter.getValue().contains(school.getKey()));
			}
		}
		this.jdbc.update("update programme_year set documents_due = date '2026-11-01' where id = ?", fixture.yearId());
		Map<String, List<Integer>> overdue = Map.of("status=OVERDUE", List.of(1, 2, 3, 4, 6),
				"status=OVERDUE&kind=MEDIUM_TERM_PROGRAMME", List.of(1, 2, 3, 4, 6), "status=OVERDUE&kind=FINAL_REPORT",
				List.of());
		for (Map.Entry<String, List<Integer>> filter : overdue.entrySet()) {
			String body = body("/programmes/" + fixture.yearId() + "/documents?view=matrix&" + filter.getKey(),
					fixture);
			for (Map.Entry<Integer, String> school : names.entrySet()) {
				softly.assertThat(body.contains(">" + school.getValue() + "</a>"))
					.as("%s shown with %s", school.getValue(), filter.getKey())
					.isEqualTo(filter.getValue().contains(school.getKey()));
			}
		}
		softly.assertAll();
	}

	private void document(Fixture fixture, long schoolId, String kind, Integer factorNumber, String status) {
		this.jdbc.update("""
				insert into document (programme_year_id, school_id, kind, risk_factor_id, status, versions_count)
				values (?, ?, ?, (select id from risk_factor where catalogue_year = 2026 and number = ?), ?, 1)""",
				fixture.yearId(), schoolId, kind, factorNumber, status);
	}

	/**
	 * The documents monitoring with its filters (worked out in SQL) and the export send
	 * as many statements at 200 schools as at 10.
	 */
	@Test
	void filteredDocumentsMonitoringSendsAsManyStatementsAt200SchoolsAsAt10() throws Exception {
		List<String> pages = List.of("/programmes/{year}/documents?status=MISSING",
				"/programmes/{year}/documents?status=OVERDUE&kind=CONCEPT", "/programmes/{year}/documents?page=1",
				"/programmes/{year}/documents?view=cards", "/programmes/{year}/documents.xlsx?status=MISSING");
		Map<String, Integer> small = statements(municipalityWithSchools(10), pages);
		Map<String, Integer> large = statements(municipalityWithSchools(200), pages);
		SoftAssertions softly = new SoftAssertions();
		for (String page : pages) {
			softly.assertThat(large.get(page))
				.as("statements of %s at 200 schools (at 10: %s)", page, small.get(page))
				.isBetween(small.get(page), small.get(page) + 1)
				.isLessThanOrEqualTo(CEILING);
		}
		softly.assertAll();
	}

	/**
	 * «На проверке» as the coordinator and as a curator of every school, with two
	 * documents waiting per school (one with a risk factor): 20 documents at 10 schools,
	 * 400 (eight pages) at 200, as many statements (docs/benchmarks.md, step 12d).
	 */
	@Test
	void reviewQueueSendsAsManyStatementsAt400DocumentsAsAt20() throws Exception {
		List<String> pages = List.of("/review", "/review?page=1", "/review?closed=true", "/review?year={year}");
		Map<String, Integer> small = reviewStatements(municipalityWithSchools(10), pages);
		Map<String, Integer> large = reviewStatements(municipalityWithSchools(200), pages);
		SoftAssertions softly = new SoftAssertions();
		small.forEach((page, atTen) -> softly.assertThat(large.get(page))
			.as("statements of %s at 400 documents (at 20: %s)", page, atTen)
			.isEqualTo(atTen)
			.isLessThanOrEqualTo(CEILING));
		softly.assertAll();
	}

	private Map<String, Integer> reviewStatements(Fixture fixture, List<String> pages) throws Exception {
		String curator = fixture.coordinator() + "-cur";
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				select ?, '{noop}unused', 'Куратор ' || ?, 'CURATOR', region_id, municipality_id
				from app_user where username = ?""", curator, curator, fixture.coordinator());
		this.jdbc.update("""
				insert into curator_assignment (curator_id, school_id, starts_on)
				select c.id, p.school_id, date '2025-09-01' from app_user c, programme_participant p
				where c.username = ? and p.programme_year_id = ?""", curator, fixture.yearId());
		this.jdbc.update(
				"""
						insert into document (programme_year_id, school_id, kind, risk_factor_id, status, versions_count,
						                      submitted_at)
						select p.programme_year_id, p.school_id, k.kind,
						       case when k.kind = 'ANTI_RISK_PROGRAMME' then
						         (select id from risk_factor where catalogue_year = 2026 and number = 1) end,
						       'SUBMITTED', 1, timestamp with time zone '2026-10-01 09:00+03' + p.school_id * interval '1 minute'
						from programme_participant p, (values ('CONCEPT'), ('ANTI_RISK_PROGRAMME')) k(kind)
						where p.programme_year_id = ?""",
				fixture.yearId());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String user : List.of(fixture.coordinator(), curator)) {
			for (String page : pages) {
				String url = page.replace("{year}", String.valueOf(fixture.yearId()));
				this.mvc.perform(get(url).with(this.demo.as(user))).andExpect(status().isOk());
				counts.put((user.equals(curator) ? "curator " : "coordinator ") + page, StatementCounter.count(() -> {
					try {
						this.mvc.perform(get(url).with(this.demo.as(user))).andExpect(status().isOk());
					}
					catch (Exception ex) {
						throw new IllegalStateException(url, ex);
					}
				}));
			}
		}
		return counts;
	}

	private Map<String, Integer> statements(Fixture fixture, List<String> pages) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : pages) {
			String url = page.replace("{year}", String.valueOf(fixture.yearId()));
			this.mvc.perform(get(url).with(this.demo.as(fixture.coordinator()))).andExpect(status().isOk());
			counts.put(page, StatementCounter.count(() -> {
				try {
					this.mvc.perform(get(url).with(this.demo.as(fixture.coordinator()))).andExpect(status().isOk());
				}
				catch (Exception ex) {
					throw new IllegalStateException(url, ex);
				}
			}));
		}
		return counts;
	}

}
