package ru.opora.roadmap;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access matrix of road maps: every page and action, as every role, on the own and a
 * foreign road map. Demo data: «500+ 2022» in Baley with the municipal road map and the
 * road maps of Жидкинская ООШ (school, curator2) and Ундино-Посельская СОШ (curator).
 */
class RoadMapAccessIntegrationTests extends PortalIntegrationTest {

	static final String MUNICIPAL = "municipal";

	static final String ZHIDKA = "Жидкинская ООШ";

	static final String UNDINO = "Ундино-Посельская СОШ";

	long year;

	@BeforeEach
	void setUp() {
		this.year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
	}

	long map(String which) {
		if (MUNICIPAL.equals(which)) {
			return this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id is null",
					Long.class, this.year);
		}
		return this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, this.year, this.demo.school(which));
	}

	long anyItem(long map) {
		return this.jdbc.queryForObject(
				"select min(id) from road_map_item where road_map_id = ? and deleted_at is null", Long.class, map);
	}

	/**
	 * user, road map, expected status of GET /roadmaps/{id} (and its table and history)
	 */
	static Stream<Arguments> view() {
		return Stream.of(Arguments.of("coordinator", MUNICIPAL, 200), Arguments.of("admin", MUNICIPAL, 200),
				Arguments.of("observer", MUNICIPAL, 200), Arguments.of("gatchina", MUNICIPAL, 403),
				Arguments.of("curator", MUNICIPAL, 403), Arguments.of("curator2", MUNICIPAL, 403),
				Arguments.of("school", MUNICIPAL, 403),
				// a school road map: the school, its curator, the coordinator, readers
				Arguments.of("school", ZHIDKA, 200), Arguments.of("curator2", ZHIDKA, 200),
				Arguments.of("coordinator", ZHIDKA, 200), Arguments.of("observer", ZHIDKA, 200),
				Arguments.of("admin", ZHIDKA, 200), Arguments.of("curator", ZHIDKA, 403),
				Arguments.of("gatchina", ZHIDKA, 403), Arguments.of("school", UNDINO, 403),
				Arguments.of("curator", UNDINO, 200), Arguments.of("curator2", UNDINO, 403));
	}

	@ParameterizedTest(name = "{0} GET road map of [{1}] → {2}")
	@MethodSource("view")
	void viewRoadMap(String user, String which, int expected) throws Exception {
		long map = map(which);
		this.mvc.perform(get("/roadmaps/{id}", map).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc.perform(get("/roadmaps/{id}/table", map).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc.perform(get("/roadmaps/{id}/history", map).with(this.demo.as(user))).andExpect(status().is(expected));
		this.mvc.perform(get("/roadmaps/{id}/export.xlsx", map).with(this.demo.as(user)))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/roadmaps/{id}/items/{item}", map, anyItem(map)).with(this.demo.as(user)))
			.andExpect(status().is(expected));
	}

	/** user, road map, expected status of editing a cell */
	static Stream<Arguments> edit() {
		return Stream.of(Arguments.of("coordinator", MUNICIPAL, 200), Arguments.of("admin", MUNICIPAL, 403),
				Arguments.of("observer", MUNICIPAL, 403), Arguments.of("gatchina", MUNICIPAL, 403),
				Arguments.of("curator", MUNICIPAL, 403), Arguments.of("school", MUNICIPAL, 403),
				Arguments.of("school", ZHIDKA, 200), Arguments.of("curator2", ZHIDKA, 200),
				Arguments.of("coordinator", ZHIDKA, 200), Arguments.of("observer", ZHIDKA, 403),
				Arguments.of("admin", ZHIDKA, 403), Arguments.of("curator", ZHIDKA, 403),
				Arguments.of("gatchina", ZHIDKA, 403), Arguments.of("school", UNDINO, 403),
				Arguments.of("curator", UNDINO, 200));
	}

	@ParameterizedTest(name = "{0} edits road map of [{1}] → {2}")
	@MethodSource("edit")
	void editCellAndRows(String user, String which, int expected) throws Exception {
		long map = map(which);
		long item = anyItem(map);
		String before = this.jdbc.queryForObject("select responsible from road_map_item where id = ?", String.class,
				item);
		long version = this.jdbc.queryForObject("select version from road_map_item where id = ?", Long.class, item);
		this.mvc
			.perform(get("/roadmaps/{id}/items/{item}/edit", map, item).param("field", "responsible")
				.with(this.demo.as(user)))
			.andExpect(status().is(expected == 200 ? 200 : 403));
		this.mvc
			.perform(post("/roadmaps/{id}/items/{item}/cell", map, item).with(this.demo.as(user))
				.with(csrf())
				.param("field", "responsible")
				.param("value", "Ответственный " + user)
				.param("version", String.valueOf(version)))
			.andExpect(status().is(expected));
		String after = this.jdbc.queryForObject("select responsible from road_map_item where id = ?", String.class,
				item);
		if (expected == 200) {
			assertThat(after).isEqualTo("Ответственный " + user);
		}
		else {
			assertThat(after).isEqualTo(before);
		}
		long section = this.jdbc.queryForObject("select section_id from road_map_item where id = ?", Long.class, item);
		Integer rows = this.jdbc.queryForObject("select count(*) from road_map_item where road_map_id = ?",
				Integer.class, map);
		this.mvc.perform(post("/roadmaps/{id}/sections/{s}/items", map, section).with(this.demo.as(user)).with(csrf()))
			.andExpect(status().is(expected));
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where road_map_id = ?", Integer.class,
				map))
			.isEqualTo(expected == 200 ? rows + 1 : rows);
		this.mvc
			.perform(post("/roadmaps/{id}/items/{item}/move", map, item).param("dir", "down")
				.with(this.demo.as(user))
				.with(csrf()))
			.andExpect(status().is(expected));
		if (expected != 200) {
			this.mvc
				.perform(post("/roadmaps/{id}/items/{item}/delete", map, item).with(this.demo.as(user)).with(csrf()))
				.andExpect(status().is(expected));
			assertThat(this.jdbc.queryForObject("select deleted_at is null from road_map_item where id = ?",
					Boolean.class, item))
				.isTrue();
			this.mvc.perform(post("/roadmaps/{id}/undo", map).with(this.demo.as(user)).with(csrf()))
				.andExpect(status().is(expected));
		}
	}

	/** user, school, expected status of comments and evidence on its road map */
	static Stream<Arguments> discuss() {
		return Stream.of(Arguments.of("school", ZHIDKA, 200), Arguments.of("curator2", ZHIDKA, 200),
				Arguments.of("coordinator", ZHIDKA, 200), Arguments.of("observer", ZHIDKA, 403),
				Arguments.of("curator", ZHIDKA, 403), Arguments.of("school", UNDINO, 403));
	}

	@ParameterizedTest(name = "{0} comments on road map of [{1}] → {2}")
	@MethodSource("discuss")
	void commentsAndLinks(String user, String which, int expected) throws Exception {
		long map = map(which);
		long item = anyItem(map);
		Integer comments = this.jdbc.queryForObject("select count(*) from road_map_comment", Integer.class);
		this.mvc
			.perform(post("/roadmaps/{id}/items/{item}/comments", map, item).with(this.demo.as(user))
				.with(csrf())
				.param("body", "Комментарий " + user))
			.andExpect(status().is(expected));
		this.mvc
			.perform(post("/roadmaps/{id}/items/{item}/links", map, item).with(this.demo.as(user))
				.with(csrf())
				.param("url", "https://example.org/protocol")
				.param("label", "Протокол"))
			.andExpect(status().is(expected));
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_comment", Integer.class))
			.isEqualTo(expected == 200 ? comments + 1 : comments);
		int readExpected = "observer".equals(user) ? 200 : expected;
		this.mvc.perform(get("/roadmaps/{id}/items/{item}/details", map, item).with(this.demo.as(user)))
			.andExpect(status().is(readExpected));
	}

	/** user, expected status of the monitoring page and the municipal road-map entry */
	static Stream<Arguments> monitoring() {
		return Stream.of(Arguments.of("coordinator", 200, 302), Arguments.of("observer", 200, 302),
				Arguments.of("admin", 200, 302), Arguments.of("gatchina", 403, 403), Arguments.of("curator", 403, 403),
				Arguments.of("school", 403, 403));
	}

	@ParameterizedTest(name = "{0} GET monitoring → {1}, municipal entry → {2}")
	@MethodSource("monitoring")
	void monitoringPage(String user, int expected, int entry) throws Exception {
		this.mvc.perform(get("/programmes/{y}/roadmaps", this.year).with(this.demo.as(user)))
			.andExpect(status().is(expected));
		this.mvc.perform(get("/programmes/{y}/roadmap", this.year).with(this.demo.as(user)))
			.andExpect(status().is(entry));
	}

	/** user, school, expected status of the school road-map entry of «500+ 2022» */
	static Stream<Arguments> schoolEntry() {
		return Stream.of(Arguments.of("school", ZHIDKA, 302), Arguments.of("curator2", ZHIDKA, 302),
				Arguments.of("coordinator", UNDINO, 302), Arguments.of("curator", ZHIDKA, 403),
				Arguments.of("gatchina", ZHIDKA, 403), Arguments.of("school", UNDINO, 403),
				// not a participant of the year
				Arguments.of("coordinator", "СОШ № 14", 404));
	}

	@ParameterizedTest(name = "{0} GET school road map of [{1}] → {2}")
	@MethodSource("schoolEntry")
	void schoolEntryPage(String user, String school, int expected) throws Exception {
		this.mvc
			.perform(get("/programmes/{y}/schools/{s}/roadmap", this.year, this.demo.school(school))
				.with(this.demo.as(user)))
			.andExpect(status().is(expected));
	}

	@org.junit.jupiter.api.Test
	void missingRoadMapIs404() throws Exception {
		this.mvc.perform(get("/roadmaps/{id}", 999_999).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
		long map = map(MUNICIPAL);
		this.mvc.perform(get("/roadmaps/{id}/items/{item}", map, 999_999).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
		// a row of another road map is not found through this one
		this.mvc
			.perform(get("/roadmaps/{id}/items/{item}", map, anyItem(map(ZHIDKA))).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
	}

}
