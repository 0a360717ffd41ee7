package ru.opora.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.StatementCounter;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The indicators, the regional comparison, the early-warning board and the public page
 * (HTML and JSON) send as many SQL statements for a region with 200 schools as for one
 * with 10 (see {@link ListPageStatementsIntegrationTests}). Each fixture is a region of
 * its own with one municipality: its coordinator, the region's observer, a programme year
 * with every school taking part, warning levels (every other school at risk with an open
 * reason) and an enabled public page. The public pages are counted on their first
 * request, as later ones are served from the page cache without any statement.
 */
class MorePageStatementsIntegrationTests extends PortalIntegrationTest {

	private static final List<String> COORDINATOR_PAGES = List.of("/indicators", "/warnings", "/warnings?level=RISK",
			"/warnings?reason=DOCUMENT_OVERDUE");

	private static final List<String> OBSERVER_PAGES = List.of("/indicators/region", "/warnings");

	private static final List<String> PUBLIC_PAGES = List.of("/public/{slug}", "/public/{slug}/summary.json");

	private static final int CEILING = 40;

	@Test
	void pagesSendAsManyStatementsAt200SchoolsAsAt10() throws Exception {
		Map<String, Integer> small = statementsPerPage(regionWithSchools(10));
		Map<String, Integer> large = statementsPerPage(regionWithSchools(200));
		SoftAssertions softly = new SoftAssertions();
		small.forEach((page, atTen) -> softly.assertThat(large.get(page))
			.as("statements of %s at 200 schools (at 10: %s)", page, atTen)
			// a paged list sends its count query only when there is more than one page
			.isBetween(atTen, atTen + 1)
			.isLessThanOrEqualTo(CEILING));
		softly.assertAll();
	}

	private Map<String, Integer> statementsPerPage(Fixture fixture) throws Exception {
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : COORDINATOR_PAGES) {
			counts.put("coordinator " + page, warmCount(get(page).with(this.demo.as(fixture.coordinator()))));
		}
		for (String page : OBSERVER_PAGES) {
			counts.put("observer " + page, warmCount(get(page).with(this.demo.as(fixture.observer()))));
		}
		for (String page : PUBLIC_PAGES) {
			String url = page.replace("{slug}", fixture.slug());
			counts.put(page, count(get(url)));
		}
		return counts;
	}

	/** The second request's statements (the first may warm caches). */
	private int warmCount(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request).andExpect(status().isOk());
		return count(request);
	}

	private int count(MockHttpServletRequestBuilder request) {
		return StatementCounter.count(() -> {
			try {
				this.mvc.perform(request).andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

	private Fixture regionWithSchools(int schools) {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Статистический край " + tag);
		long municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
				"Статистический округ " + tag);
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name)
				select ?, 'МКОУ «Школа ' || n || ' ' || ? || '»', 'Школа ' || n || ' ' || ?, 'SOSH', 'RURAL',
				       'с. Тестовое, ул. Школьная, ' || n, 'Директор ' || n
				from generate_series(1, ?) n""", municipality, tag, tag, schools);
		String coordinator = "stmt2-" + tag;
		String observer = "stmt2-obs-" + tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор ' || ?, 'COORDINATOR', ?, ?),
				       (?, '{noop}unused', 'Наблюдатель ' || ?, 'REGIONAL_OBSERVER', ?, null)""", coordinator, tag,
				region, municipality, observer, tag, region);
		long year = this.jdbc.queryForObject("""
				insert into programme_year (municipality_id, year, title, documents_due)
				values (?, 2026, 'Статистика ' || ?, date '2026-12-01') returning id""", Long.class, municipality, tag);
		this.jdbc.update("""
				insert into programme_participant (programme_year_id, school_id)
				select ?, id from school where municipality_id = ?""", year, municipality);
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				select id, 2025, 'VPR', 'Математика', 5, 30, 20 + id % 30 from school where municipality_id = ?""",
				municipality);
		this.jdbc.update("""
				insert into warning_level (school_id, level, score, level_since, risk_since, computed_on)
				select id, case when id % 2 = 0 then 'RISK' else 'NORMAL' end, (id % 2) * 10, date '2026-11-01',
				       null, date '2026-11-10'
				from school where municipality_id = ?""", municipality);
		this.jdbc.update("""
				insert into warning_reason (school_id, reason, started_on, weight, seen_on)
				select id, 'DOCUMENT_OVERDUE', date '2026-11-01', 10, date '2026-11-10'
				from school where municipality_id = ? and id % 2 = 0""", municipality);
		String slug = "stmt-" + tag;
		this.jdbc.update("insert into public_page (municipality_id, slug, enabled) values (?, ?, true)", municipality,
				slug);
		return new Fixture(coordinator, observer, slug);
	}

	/**
	 * The coordinator's home, «Кураторы» and «Анализ школ» (also its second page and a
	 * filter) and the observer's «Анализ школ», with an active curator at every school:
	 * as many statements at 200 schools as at 10.
	 */
	@Test
	void homeAnalysisAndAssignmentsSendAsManyStatementsAt200SchoolsAsAt10() throws Exception {
		Map<String, Integer> small = homeAndAnalysisStatements(regionWithSchools(10));
		Map<String, Integer> large = homeAndAnalysisStatements(regionWithSchools(200));
		SoftAssertions softly = new SoftAssertions();
		small.forEach((page, atTen) -> softly.assertThat(large.get(page))
			.as("statements of %s at 200 schools (at 10: %s)", page, atTen)
			.isBetween(atTen, atTen + 1)
			.isLessThanOrEqualTo(CEILING));
		softly.assertAll();
	}

	private Map<String, Integer> homeAndAnalysisStatements(Fixture fixture) throws Exception {
		assignACuratorToEverySchool(fixture);
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/", "/assignments", "/analysis", "/analysis?page=1", "/analysis?group=NO_DATA")) {
			counts.put("coordinator " + page, warmCount(get(page).with(this.demo.as(fixture.coordinator()))));
		}
		counts.put("observer /analysis", warmCount(get("/analysis").with(this.demo.as(fixture.observer()))));
		return counts;
	}

	private record Fixture(String coordinator, String observer, String slug) {
	}

	/**
	 * The school list as the region's observer and with filters, and the second pages of
	 * the participants, their risk profiles and «Кураторы» (with an active curator at
	 * every school): as many statements at 200 schools as at 10.
	 */
	@Test
	void schoolListsAndSecondPagesSendAsManyStatementsAt200SchoolsAsAt10() throws Exception {
		Map<String, Integer> small = listStatements(regionWithSchools(10));
		Map<String, Integer> large = listStatements(regionWithSchools(200));
		SoftAssertions softly = new SoftAssertions();
		small.forEach((page, atTen) -> softly.assertThat(large.get(page))
			.as("statements of %s at 200 schools (at 10: %s)", page, atTen)
			.isBetween(atTen, atTen + 1)
			.isLessThanOrEqualTo(CEILING));
		softly.assertAll();
	}

	private Map<String, Integer> listStatements(Fixture fixture) throws Exception {
		assignACuratorToEverySchool(fixture);
		long year = this.jdbc.queryForObject("""
				select p.id from programme_year p join app_user u on u.municipality_id = p.municipality_id
				where u.username = ?""", Long.class, fixture.coordinator());
		Map<String, Integer> counts = new LinkedHashMap<>();
		for (String page : List.of("/schools?page=1&type=SOSH&settlement=RURAL&small=false",
				"/programmes/" + year + "?page=1", "/programmes/" + year + "/profiles?page=1", "/assignments?page=1")) {
			counts.put("coordinator " + page.replace(String.valueOf(year), "{year}"),
					warmCount(get(page).with(this.demo.as(fixture.coordinator()))));
		}
		for (String page : List.of("/schools", "/schools?q=школа", "/schools?page=1")) {
			counts.put("observer " + page, warmCount(get(page).with(this.demo.as(fixture.observer()))));
		}
		return counts;
	}

	/** A curator of the fixture's municipality, assigned to every school of it. */
	private void assignACuratorToEverySchool(Fixture fixture) {
		String curator = fixture.coordinator() + "-cur";
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				select ?, '{noop}unused', 'Куратор ' || ?, 'CURATOR', region_id, municipality_id
				from app_user where username = ?""", curator, curator, fixture.coordinator());
		this.jdbc.update("""
				insert into curator_assignment (curator_id, school_id, starts_on)
				select c.id, s.id, date '2026-09-01' from app_user c, app_user k, school s
				where c.username = ? and k.username = ? and s.municipality_id = k.municipality_id""", curator,
				fixture.coordinator());
	}

}
