package ru.opora.web;

import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every page and form action, as every role, on its own and on a foreign school: the
 * expected status, and never another school's data in a list.
 *
 * Demo data: coordinator = Балейский район; gatchina = Гатчинский район; observer =
 * Забайкальский край; curator → Ундино-Посельская СОШ; curator2 → Жидкинская ООШ; school
 * = Жидкинская ООШ.
 */
class AccessMatrixIntegrationTests extends PortalIntegrationTest {

	static final String UNDINO = "Ундино-Посельская СОШ";

	static final String ZHIDKA = "Жидкинская ООШ";

	static final String SOSH14 = "СОШ № 14";

	static final String GATCHINA = "Сусанинская СОШ";

	static final String MISSING = "missing";

	Map<String, Long> schools;

	@BeforeEach
	void setUp() {
		this.schools = Map.of(UNDINO, this.demo.school(UNDINO), ZHIDKA, this.demo.school(ZHIDKA), SOSH14,
				this.demo.school(SOSH14), GATCHINA, this.demo.school(GATCHINA), MISSING, 999_999L);
	}

	/** user, school, expected status of GET /schools/{id} */
	static Stream<Arguments> schoolCard() {
		return Stream.of(
				// administrator: every school
				Arguments.of("admin", UNDINO, 200), Arguments.of("admin", GATCHINA, 200),
				// observer: its region only
				Arguments.of("observer", ZHIDKA, 200), Arguments.of("observer", SOSH14, 200),
				Arguments.of("observer", GATCHINA, 403),
				// coordinators: their municipality only
				Arguments.of("coordinator", ZHIDKA, 200), Arguments.of("coordinator", GATCHINA, 403),
				Arguments.of("gatchina", GATCHINA, 200), Arguments.of("gatchina", ZHIDKA, 403),
				// curators: assigned schools only, not even their own school
				Arguments.of("curator", UNDINO, 200), Arguments.of("curator", ZHIDKA, 403),
				Arguments.of("curator", SOSH14, 403), Arguments.of("curator", GATCHINA, 403),
				Arguments.of("curator2", ZHIDKA, 200), Arguments.of("curator2", UNDINO, 403),
				// school: its own only
				Arguments.of("school", ZHIDKA, 200), Arguments.of("school", UNDINO, 403),
				Arguments.of("school", GATCHINA, 403),
				// no such school
				Arguments.of("admin", MISSING, 404), Arguments.of("coordinator", MISSING, 404),
				Arguments.of("school", MISSING, 404));
	}

	@ParameterizedTest(name = "{0} GET /schools/[{1}] → {2}")
	@MethodSource("schoolCard")
	void schoolCardAndItsCurators(String user, String school, int expected) throws Exception {
		long id = this.schools.get(school);
		this.mvc.perform(get("/schools/{id}", id).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc.perform(get("/schools/{id}/curators", id).with(this.demo.as(user))).andExpect(status().is(expected));
	}

	/** user, school, expected status of GET /schools/{id}/edit */
	static Stream<Arguments> schoolEdit() {
		return Stream.of(Arguments.of("admin", GATCHINA, 200), Arguments.of("coordinator", ZHIDKA, 200),
				Arguments.of("coordinator", GATCHINA, 403), Arguments.of("gatchina", GATCHINA, 200),
				Arguments.of("gatchina", UNDINO, 403), Arguments.of("observer", ZHIDKA, 403),
				Arguments.of("curator", UNDINO, 403), Arguments.of("school", ZHIDKA, 403),
				Arguments.of("coordinator", MISSING, 404));
	}

	@ParameterizedTest(name = "{0} GET /schools/[{1}]/edit → {2}")
	@MethodSource("schoolEdit")
	void schoolEditForm(String user, String school, int expected) throws Exception {
		this.mvc.perform(get("/schools/{id}/edit", this.schools.get(school)).with(this.demo.as(user)))
			.andExpect(status().is(expected));
	}

	@ParameterizedTest(name = "{0} POST /schools/[{1}] → 403, nothing changed")
	@MethodSource("foreignEdits")
	void schoolUpdateOfAForeignSchoolChangesNothing(String user, String school) throws Exception {
		long id = this.schools.get(school);
		String before = this.jdbc.queryForObject("select name from school where id = ?", String.class, id);
		this.mvc
			.perform(post("/schools/{id}", id).with(this.demo.as(user))
				.with(csrf())
				.param("name", "Захвачено")
				.param("shortName", "Захвачено")
				.param("type", "SOSH")
				.param("settlement", "RURAL")
				.param("version", "0"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select name from school where id = ?", String.class, id))
			.isEqualTo(before);
	}

	static Stream<Arguments> foreignEdits() {
		return Stream.of(Arguments.of("coordinator", GATCHINA), Arguments.of("gatchina", ZHIDKA),
				Arguments.of("curator", UNDINO), Arguments.of("school", ZHIDKA), Arguments.of("observer", SOSH14));
	}

	/** user, path, expected status of a GET */
	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("admin", "/", 302), Arguments.of("school", "/", 302),
				Arguments.of("coordinator", "/", 200), Arguments.of("gatchina", "/", 200),
				Arguments.of("curator", "/", 200), Arguments.of("observer", "/", 200),
				// school list: everyone, scoped
				Arguments.of("admin", "/schools", 200), Arguments.of("observer", "/schools", 200),
				Arguments.of("curator", "/schools", 200), Arguments.of("school", "/schools", 200),
				// create form: coordinators and admin
				Arguments.of("coordinator", "/schools/new", 200), Arguments.of("admin", "/schools/new", 200),
				Arguments.of("observer", "/schools/new", 403), Arguments.of("curator", "/schools/new", 403),
				Arguments.of("school", "/schools/new", 403),
				// curator assignments: coordinators
				Arguments.of("coordinator", "/assignments", 200), Arguments.of("gatchina", "/assignments", 200),
				Arguments.of("admin", "/assignments", 403), Arguments.of("observer", "/assignments", 403),
				Arguments.of("curator", "/assignments", 403), Arguments.of("school", "/assignments", 403),
				// administration
				Arguments.of("admin", "/admin/accounts", 200), Arguments.of("admin", "/admin/accounts/new", 200),
				Arguments.of("admin", "/admin/audit", 200), Arguments.of("coordinator", "/admin/accounts", 403),
				Arguments.of("observer", "/admin/audit", 403), Arguments.of("school", "/admin/accounts/new", 403),
				Arguments.of("curator", "/admin/audit", 403),
				// own password: everyone
				Arguments.of("school", "/account/password", 200), Arguments.of("admin", "/account/password", 200),
				Arguments.of("observer", "/account/password", 200));
	}

	@ParameterizedTest(name = "{0} GET {1} → {2}")
	@MethodSource("pages")
	void pagesPerRole(String user, String path, int expected) throws Exception {
		this.mvc.perform(get(path).with(this.demo.as(user))).andExpect(status().is(expected));
	}

	/**
	 * user, expected status of Жидкинская ООШ's teacher list and a teacher's card (names:
	 * the school, its curator and the coordinator only), and of the school card's counts
	 */
	static Stream<Arguments> teacherPages() {
		return Stream.of(Arguments.of("school", 200, 200), Arguments.of("curator2", 200, 200),
				Arguments.of("coordinator", 200, 200), Arguments.of("observer", 404, 200),
				Arguments.of("admin", 404, 200), Arguments.of("curator", 404, 403), Arguments.of("gatchina", 404, 403),
				Arguments.of("mentor", 404, 403));
	}

	@ParameterizedTest(name = "{0} → teachers {1}, counts {2}")
	@MethodSource("teacherPages")
	void teachersNamesPerRole(String user, int names, int counts) throws Exception {
		long school = this.demo.school("Жидкинская ООШ");
		Long teacher = this.jdbc.queryForObject("select min(id) from teacher where school_id = ?", Long.class, school);
		this.mvc.perform(get("/schools/{id}/teachers", school).with(this.demo.as(user))).andExpect(status().is(names));
		this.mvc.perform(get("/teachers/{id}", teacher).with(this.demo.as(user))).andExpect(status().is(names));
		this.mvc.perform(get("/schools/{id}/teachers/summary", school).with(this.demo.as(user)))
			.andExpect(status().is(counts));
	}

	/**
	 * user, expected status of the programme pages of «500+ 2022» in Baley and its
	 * participant's factors
	 */
	static Stream<Arguments> programmePages() {
		return Stream.of(Arguments.of("coordinator", 200), Arguments.of("observer", 200), Arguments.of("admin", 200),
				Arguments.of("curator2", 200), Arguments.of("school", 200), Arguments.of("gatchina", 403));
	}

	@ParameterizedTest(name = "{0} GET /programmes/[500+ 2022] → {1}")
	@MethodSource("programmePages")
	void programmePagesPerRole(String user, int expected) throws Exception {
		long year = this.jdbc.queryForObject(
				"select id from programme_year where title = '500+ 2022' and created_by = 'coordinator'", Long.class);
		this.mvc.perform(get("/programmes/{id}", year).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc
			.perform(get("/programmes/{id}/schools/{s}/factors", year, this.schools.get(ZHIDKA))
				.with(this.demo.as(user)))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/programmes/{id}/documents", year).with(this.demo.as(user)))
			.andExpect(status().is(expected));
	}

	@Test
	void onlyTheSchoolOrItsCoordinatorChooseRiskFactors() throws Exception {
		long year = this.jdbc.queryForObject(
				"select id from programme_year where title = '500+ 2022' and created_by = 'coordinator'", Long.class);
		String before = this.jdbc.queryForObject(
				"select string_agg(risk_factor_id::text, ',' order by risk_factor_id) from risk_factor_choice where programme_year_id = ? and school_id = ?",
				String.class, year, this.schools.get(ZHIDKA));
		for (String user : new String[] { "curator2", "observer", "gatchina", "curator" }) {
			this.mvc
				.perform(post("/programmes/{id}/schools/{s}/factors", year, this.schools.get(ZHIDKA))
					.with(this.demo.as(user))
					.with(csrf())
					.param("factorIds", "1"))
				.andExpect(status().isForbidden());
		}
		assertThat(this.jdbc.queryForObject(
				"select string_agg(risk_factor_id::text, ',' order by risk_factor_id) from risk_factor_choice where programme_year_id = ? and school_id = ?",
				String.class, year, this.schools.get(ZHIDKA)))
			.isEqualTo(before);
	}

	@ParameterizedTest(name = "anonymous GET {0} → login")
	@MethodSource("anonymousPaths")
	void anonymousIsSentToLogin(String path) throws Exception {
		this.mvc.perform(get(path)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
	}

	static Stream<String> anonymousPaths() {
		return Stream.of("/", "/schools", "/schools/1", "/schools/1/edit", "/schools/new", "/assignments",
				"/admin/accounts", "/admin/audit", "/account/password", "/schools/1/curators");
	}

	@Test
	void anHtmxRequestWithoutASessionAsksThePageToReload() throws Exception {
		this.mvc.perform(get("/schools").header("HX-Request", "true"))
			.andExpect(status().isForbidden())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.string("HX-Refresh", "true"));
	}

	@Test
	void listsNeverShowAnotherSchool() throws Exception {
		assertThat(body("school", "/schools")).contains(ZHIDKA).doesNotContain(UNDINO).doesNotContain(SOSH14);
		assertThat(body("curator", "/schools")).contains(UNDINO).doesNotContain(ZHIDKA).doesNotContain(SOSH14);
		assertThat(body("coordinator", "/schools")).contains(ZHIDKA).doesNotContain(GATCHINA);
		assertThat(body("coordinator", "/schools?q=Сусанинская")).doesNotContain(GATCHINA);
		assertThat(body("observer", "/schools?q=Сусанинская")).doesNotContain(GATCHINA);
		assertThat(body("gatchina", "/schools")).contains(GATCHINA).doesNotContain(ZHIDKA);
		assertThat(body("curator", "/")).contains(UNDINO).doesNotContain(ZHIDKA);
		// a foreign municipality's filter shows nothing rather than its schools
		long gatchinaMunicipality = this.jdbc.queryForObject("select municipality_id from school where id = ?",
				Long.class, this.schools.get(GATCHINA));
		assertThat(body("coordinator", "/schools?municipality=" + gatchinaMunicipality)).doesNotContain(GATCHINA);
	}

	@Test
	void coordinatorCannotAssignCuratorsInAnotherMunicipality() throws Exception {
		long curator = this.demo.user("curator");
		Integer before = this.jdbc.queryForObject("select count(*) from curator_assignment", Integer.class);
		this.mvc
			.perform(post("/assignments").with(this.demo.as("gatchina"))
				.with(csrf())
				.param("curatorId", String.valueOf(curator))
				.param("schoolId", String.valueOf(this.schools.get(ZHIDKA)))
				.param("startsOn", "2026-09-01"))
			.andExpect(status().isForbidden());
		long assignment = this.jdbc.queryForObject(
				"select id from curator_assignment where school_id = ? and ends_on is null", Long.class,
				this.schools.get(UNDINO));
		this.mvc.perform(post("/assignments/{id}/end", assignment).with(this.demo.as("gatchina")).with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from curator_assignment", Integer.class))
			.isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select ends_on is null from curator_assignment where id = ?",
				Boolean.class, assignment))
			.isTrue();
	}

	@Test
	void postWithoutCsrfTokenIsRefused() throws Exception {
		this.mvc
			.perform(post("/schools/{id}", this.schools.get(ZHIDKA)).with(this.demo.as("coordinator"))
				.param("name", "x"))
			.andExpect(status().isForbidden());
	}

}
