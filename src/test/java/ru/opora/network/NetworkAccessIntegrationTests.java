package ru.opora.network;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The access matrix of network mentoring: every page and action as the network's
 * coordinator, the region's observer, the mentor and mentee schools of a pair, a member
 * school outside the pair, the curator of the mentee (a person of the mentor school), a
 * school of the municipality outside the network, and the coordinator, observer and a
 * school of another municipality and region. Each test builds its own municipality.
 */
class NetworkAccessIntegrationTests extends PortalIntegrationTest {

	NetworkFixture f;

	long network;

	long pair;

	long activity;

	@BeforeEach
	void setUp() {
		this.f = new NetworkFixture(this.jdbc);
		this.network = this.f.network();
		this.pair = this.f.pair(this.network, this.f.mentorA, this.f.menteeX);
		this.activity = this.f.activity(this.pair);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as("admin".equals(who) ? "admin" : this.f.login(who)));
	}

	/**
	 * who → status of the network page, the pair's pages, the suggestion and the
	 * dashboard
	 */
	static Stream<Arguments> pages() {
		return Stream.of(Arguments.of("coord", 200, 200, 200, 200), Arguments.of("observer", 200, 200, 403, 200),
				Arguments.of("admin", 200, 200, 403, 200), Arguments.of("mentor", 200, 200, 403, 404),
				Arguments.of("mentee", 200, 200, 403, 404), Arguments.of("curator", 200, 200, 403, 404),
				Arguments.of("mentorb", 200, 404, 403, 404), Arguments.of("menteey", 200, 404, 403, 404),
				Arguments.of("outsider", 404, 404, 404, 404), Arguments.of("foreign", 404, 404, 404, 404),
				Arguments.of("coord2", 404, 404, 404, 404), Arguments.of("observer2", 404, 404, 404, 404));
	}

	@ParameterizedTest(name = "{0}: network {1}, pair {2}, suggestion {3}, dashboard {4}")
	@MethodSource("pages")
	void pages(String who, int network, int pair, int suggestion, int dashboard) throws Exception {
		this.mvc.perform(as(get("/networks/{id}", this.network), who)).andExpect(status().is(network));
		this.mvc.perform(as(get("/networks/pairs/{id}", this.pair), who)).andExpect(status().is(pair));
		this.mvc.perform(as(get("/networks/pairs/{id}/chart", this.pair), who)).andExpect(status().is(pair));
		this.mvc.perform(as(get("/networks/activities/{id}", this.activity), who)).andExpect(status().is(pair));
		this.mvc.perform(as(get("/networks/{id}/suggestion", this.network), who)).andExpect(status().is(suggestion));
		this.mvc.perform(as(get("/networks/{id}/dashboard", this.network), who)).andExpect(status().is(dashboard));
		this.mvc.perform(as(get("/networks/{id}/dashboard/chart", this.network), who))
			.andExpect(status().is(dashboard));
		this.mvc.perform(as(get("/networks/{id}/export", this.network), who)).andExpect(status().is(dashboard));
	}

	@Test
	void listsShowNoNetworkOfAnotherMunicipality() throws Exception {
		String title = "Наставничество " + this.f.suffix;
		for (String who : new String[] { "coord2", "observer2", "foreign", "outsider" }) {
			String html = this.mvc.perform(as(get("/networks"), who))
				.andExpect(status().isOk())
				.andReturn()
				.getResponse()
				.getContentAsString();
			assertThat(html).as(who).doesNotContain(title);
		}
		for (String who : new String[] { "coord", "observer", "mentor", "mentee", "curator", "menteey" }) {
			this.mvc.perform(as(get("/networks"), who))
				.andExpect(status().isOk())
				.andExpect(content().string(org.hamcrest.Matchers.containsString(title)));
		}
	}

	/** who → status of planning an activity in the pair (302 = done) */
	static Stream<Arguments> planning() {
		return Stream.of(Arguments.of("mentor", 302), Arguments.of("mentee", 302), Arguments.of("curator", 302),
				Arguments.of("coord", 302), Arguments.of("observer", 403), Arguments.of("admin", 403),
				Arguments.of("mentorb", 404), Arguments.of("menteey", 404), Arguments.of("outsider", 404),
				Arguments.of("foreign", 404), Arguments.of("coord2", 404));
	}

	@ParameterizedTest(name = "{0} plans an activity → {1}")
	@MethodSource("planning")
	void planActivity(String who, int expected) throws Exception {
		String topic = "Тема от " + who;
		this.mvc
			.perform(as(post("/networks/pairs/{id}/activities", this.pair), who).with(csrf())
				.param("kindId", String.valueOf(anyKind()))
				.param("topic", topic)
				.param("plannedOn", "2026-12-20"))
			.andExpect(status().is(expected));
		assertThat(count("select count(*) from network_activity where pair_id = ? and topic = ?", this.pair, topic))
			.isEqualTo((expected == 302) ? 1 : 0);
	}

	/** who → status of writing the curator's note */
	static Stream<Arguments> noting() {
		return Stream.of(Arguments.of("curator", 302), Arguments.of("coord", 302), Arguments.of("mentor", 403),
				Arguments.of("mentee", 403), Arguments.of("observer", 403), Arguments.of("outsider", 404),
				Arguments.of("coord2", 404));
	}

	@ParameterizedTest(name = "{0} writes the curator's note → {1}")
	@MethodSource("noting")
	void curatorNote(String who, int expected) throws Exception {
		String note = "Отметка " + who;
		this.mvc
			.perform(as(post("/networks/activities/{id}/note", this.activity), who).with(csrf())
				.param("note", note)
				.param("version", "0"))
			.andExpect(status().is(expected));
		assertThat(
				count("select count(*) from network_activity where id = ? and curator_note = ?", this.activity, note))
			.isEqualTo((expected == 302) ? 1 : 0);
	}

	/** who → status of set-up actions: making a pair and accepting the suggestion */
	static Stream<Arguments> managing() {
		return Stream.of(Arguments.of("observer", 403), Arguments.of("admin", 403), Arguments.of("mentor", 403),
				Arguments.of("curator", 403), Arguments.of("mentee", 403), Arguments.of("outsider", 404),
				Arguments.of("foreign", 404), Arguments.of("coord2", 404), Arguments.of("coord", 302));
	}

	@ParameterizedTest(name = "{0} manages the network → {1}")
	@MethodSource("managing")
	void manage(String who, int expected) throws Exception {
		this.mvc
			.perform(as(post("/networks/{id}/pairs", this.network), who).with(csrf())
				.param("mentorId", String.valueOf(this.f.mentorB))
				.param("menteeId", String.valueOf(this.f.menteeY)))
			.andExpect(status().is(expected));
		this.mvc.perform(as(post("/networks/{id}/suggestion/accept", this.network), who).with(csrf()))
			.andExpect(status().is(expected));
		this.mvc
			.perform(as(post("/networks/{id}/members", this.network), who).with(csrf())
				.param("schoolIds", String.valueOf(this.f.outsider))
				.param("role", "MENTEE"))
			.andExpect(status().is(expected));
		long pairs = count("select count(*) from network_pair where network_id = ? and ended_at is null", this.network);
		long members = count("select count(*) from network_school where network_id = ?", this.network);
		if (expected == 302) {
			// Y paired by hand, Z by the suggestion, the outsider added
			assertThat(pairs).isEqualTo(3);
			assertThat(members).isEqualTo(6);
		}
		else {
			assertThat(pairs).isEqualTo(1);
			assertThat(members).isEqualTo(5);
		}
	}

	@Test
	void postsNeedTheCsrfToken() throws Exception {
		this.mvc
			.perform(as(post("/networks/pairs/{id}/activities", this.pair), "mentor").param("kindId", "1")
				.param("topic", "без токена")
				.param("plannedOn", "2026-12-20"))
			.andExpect(status().isForbidden());
		assertThat(count("select count(*) from network_activity where topic = 'без токена' and pair_id = ?", this.pair))
			.isZero();
	}

	long anyKind() {
		return count("select min(id) from activity_kind where active");
	}

	long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
