package ru.opora.schools;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

import ru.opora.common.PagedResult;
import ru.opora.common.Pages;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The school list is one SQL query with array parameters: it finds, filters, orders and
 * pages exactly as the criteria query ({@link SchoolService#specification}) it replaced,
 * for every filter, in the user's scope only.
 */
@Transactional
class SchoolListQueryIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private SchoolService service;

	@Autowired
	private SchoolRepository repository;

	@Autowired
	private UserDetailsService users;

	@AfterEach
	void logout() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void everyFilterAndPageGivesTheSameRowsAsTheCriteriaQuery() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select min(id) from region", Long.class);
		long municipality = this.jdbc.queryForObject(
				"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
				"Списочный район " + tag);
		// 45 schools: three pages of 20; types, settlements, sizes, addresses and
		// principals vary; some names hold «%» and «_» literally; one has no address
		this.jdbc.update("""
				insert into school (municipality_id, name, short_name, type, settlement, address, principal_name,
				                    small_school, students, teachers, distance_km)
				select ?, 'МКОУ «Школа ' || n || ' ' || ? || case when n % 9 = 0 then ' 100%_' else '' end || '»',
				       'Школа ' || lpad(n::text, 2, '0') || ' ' || ?,
				       case n % 3 when 0 then 'SOSH' when 1 then 'OOSH' else 'NOSH' end,
				       case when n % 2 = 0 then 'RURAL' else 'URBAN' end,
				       case when n = 7 then null else 'с. Адресное' || n || ', ул. Лесная' end,
				       'Директор Фамилия' || n, n % 4 = 0, case when n % 5 = 0 then null else n * 10 end,
				       n, n * 3
				from generate_series(1, 45) n""", municipality, tag, tag);
		String coordinator = "list-" + tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				values (?, '{noop}unused', 'Координатор ' || ?, 'COORDINATOR', ?, ?)""", coordinator, tag, region,
				municipality);
		login(coordinator);
		SchoolScope scope = SchoolScope.municipality(municipality);

		List<SchoolSearch> searches = List.of(SchoolSearch.none(), search("школа 1"), search("АДРЕСНОЕ7"),
				search("адресное1"), search("фамилия4"), search("100%_"), search("%"), search("_"),
				search("  " + tag + "  "), new SchoolSearch(null, municipality, null, null, null),
				new SchoolSearch(null, municipality + 100_000, null, null, null),
				new SchoolSearch(null, null, SchoolType.OOSH, null, null),
				new SchoolSearch(null, null, null, Settlement.RURAL, null),
				new SchoolSearch(null, null, null, null, true), new SchoolSearch(null, null, null, null, false),
				new SchoolSearch("школа", municipality, SchoolType.SOSH, Settlement.URBAN, false));
		int compared = 0;
		for (SchoolSearch search : searches) {
			for (Integer page : new Integer[] { null, 1, 2, 5, -1 }) {
				PagedResult<SchoolSummary> expected = PagedResult
					.of(this.repository.findAll(SchoolService.specification(scope, search),
							Pages.of(page, Pages.DEFAULT_SIZE, Sort.by("shortName", "id"))), SchoolSummary::of);
				PagedResult<SchoolSummary> actual = this.service.search(search, page);
				assertThat(actual).as("%s, page %s", search, page).isEqualTo(expected);
				compared += actual.content().size();
			}
		}
		// the comparison is not vacuous: the searches find rows, and some fill pages
		assertThat(compared).isGreaterThan(200);
		assertThat(this.service.search(SchoolSearch.none(), 2).content()).hasSize(5);
		assertThat(this.service.search(SchoolSearch.none(), 2).totalElements()).isEqualTo(45);
		assertThat(this.service.search(search("адресное17"), null).content()).extracting(SchoolSummary::shortName)
			.containsExactly("Школа 17 " + tag);
		// school 7 has no address: a search for it finds nothing
		assertThat(this.service.search(search("адресное7"), null).content()).isEmpty();

		// among given ids: only those in the scope, ordered by name
		List<Long> ids = new ArrayList<>(this.jdbc.queryForList(
				"select id from school where municipality_id = ? and short_name like 'Школа 0%' order by id desc",
				Long.class, municipality));
		long foreign = this.jdbc.queryForObject("select min(id) from school where municipality_id <> ?", Long.class,
				municipality);
		ids.add(foreign);
		assertThat(this.service.visibleSchools(ids)).extracting(SchoolSummary::shortName)
			.hasSize(9)
			.startsWith("Школа 01 " + tag)
			.endsWith("Школа 09 " + tag);
		assertThat(this.service.visibleSchools(search(tag))).hasSize(45);
	}

	@Test
	void aUserWhoseScopeHoldsNoSchoolGetsAnEmptyList() {
		assertThat(this.repository
			.findAll(SchoolService.specification(SchoolScope.schools(Set.of()), SchoolSearch.none()),
					Pages.of(null, Pages.DEFAULT_SIZE, Sort.by("shortName", "id")))
			.getTotalElements()).isZero();
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("select min(id) from region", Long.class);
		String curator = "list-curator-" + tag;
		this.jdbc
			.update("""
					insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
					select ?, '{noop}unused', 'Куратор ' || ?, 'CURATOR', ?, min(id) from municipality where region_id = ?""",
					curator, tag, region, region);
		login(curator);
		PagedResult<SchoolSummary> result = this.service.search(SchoolSearch.none(), null);
		assertThat(result.content()).isEmpty();
		assertThat(result.totalElements()).isZero();
	}

	@Test
	void anObserverSeesTheSchoolsOfEveryMunicipalityOfTheRegionAndNoOther() {
		String tag = UUID.randomUUID().toString().substring(0, 8);
		long region = this.jdbc.queryForObject("insert into region (name) values (?) returning id", Long.class,
				"Списочный регион " + tag);
		for (int m = 1; m <= 2; m++) {
			long municipality = this.jdbc.queryForObject(
					"insert into municipality (region_id, name) values (?, ?) returning id", Long.class, region,
					"Район " + m + " " + tag);
			this.jdbc.update(
					"""
							insert into school (municipality_id, name, short_name, type, settlement)
							select ?, 'Школа ' || ? || '-' || n || ' ' || ?, 'Школа ' || ? || '-' || lpad(n::text, 2, '0') || ' ' || ?,
							       'SOSH', case when n % 2 = 0 then 'RURAL' else 'URBAN' end
							from generate_series(1, 15) n""",
					municipality, m, tag, m, tag);
		}
		String observer = "list-observer-" + tag;
		this.jdbc.update("""
				insert into app_user (username, password_hash, full_name, role, region_id)
				values (?, '{noop}unused', 'Наблюдатель ' || ?, 'REGIONAL_OBSERVER', ?)""", observer, tag, region);
		login(observer);
		SchoolScope scope = SchoolScope.region(region);
		for (SchoolSearch search : List.of(SchoolSearch.none(), search("школа 2-"),
				new SchoolSearch(null, null, null, Settlement.RURAL, null))) {
			for (Integer page : new Integer[] { null, 1, 2 }) {
				PagedResult<SchoolSummary> expected = PagedResult
					.of(this.repository.findAll(SchoolService.specification(scope, search),
							Pages.of(page, Pages.DEFAULT_SIZE, Sort.by("shortName", "id"))), SchoolSummary::of);
				assertThat(this.service.search(search, page)).as("%s, page %s", search, page).isEqualTo(expected);
			}
		}
		List<Long> own = this.jdbc.queryForList("""
				select s.id from school s join municipality m on m.id = s.municipality_id where m.region_id = ?""",
				Long.class, region);
		assertThat(own).hasSize(30);
		assertThat(this.service.search(SchoolSearch.none(), null).totalElements()).isEqualTo(30);
		assertThat(this.service.visibleSchoolIds()).containsExactlyInAnyOrderElementsOf(own);
		assertThat(this.service.visibleSchoolNames().keySet()).containsExactlyInAnyOrderElementsOf(own);
		// among given ids: a school of another region is left out, the order is by name
		long foreign = this.jdbc.queryForObject("select min(id) from school where municipality_id in"
				+ " (select id from municipality where region_id <> ?)", Long.class, region);
		List<Long> among = new ArrayList<>(own.subList(0, 3));
		among.add(foreign);
		assertThat(this.service.visibleSchoolNames(among).keySet())
			.containsExactlyInAnyOrderElementsOf(own.subList(0, 3))
			.doesNotContain(foreign);
		assertThat(new ArrayList<>(this.service.visibleSchoolNames(among).values())).isSorted();
	}

	private static SchoolSearch search(String q) {
		return new SchoolSearch(q, null, null, null, null);
	}

	private void login(String username) {
		UserDetails details = this.users.loadUserByUsername(username);
		SecurityContextHolder.getContext()
			.setAuthentication(
					UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
	}

}
