package ru.opora.teachers;

import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Who sees teachers' names and who keeps them: school A itself, its curator and the
 * municipality's coordinator see names; the observer and the administrator see counts
 * only; school B, and the coordinator, observer and school of another region see nothing
 * of A's teachers.
 */
class TeacherAccessIntegrationTests extends PortalIntegrationTest {

	TeacherFixture f;

	long teacher;

	String name;

	@BeforeEach
	void setUp() {
		this.f = new TeacherFixture(this.jdbc);
		this.teacher = this.f.teacher(this.f.schoolA, "Секретова Алла", "История");
		this.name = "Секретова Алла " + this.f.suffix;
		this.f.diagnostic(this.teacher, 2026, 40);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as(this.f.login(who)));
	}

	/** who → status of school A's list, the card, the diagnostic form, and a change */
	static Stream<Arguments> matrix() {
		return Stream.of(Arguments.of("school", 200, 200, 200, 302), Arguments.of("coord", 200, 200, 200, 302),
				Arguments.of("curator", 200, 200, 403, 403), Arguments.of("observer", 404, 404, 404, 404),
				Arguments.of("admin", 404, 404, 404, 404), Arguments.of("schoolb", 404, 404, 404, 404),
				Arguments.of("coord2", 404, 404, 404, 404), Arguments.of("observer2", 404, 404, 404, 404),
				Arguments.of("foreign", 404, 404, 404, 404));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("matrix")
	void namesAreSeenOnlyByTheSchoolItsCuratorAndTheCoordinator(String who, int list, int card, int diagnostic,
			int change) throws Exception {
		this.mvc.perform(as(get("/schools/{id}/teachers", this.f.schoolA), who)).andExpect(status().is(list));
		this.mvc.perform(as(get("/teachers/{id}", this.teacher), who)).andExpect(status().is(card));
		this.mvc.perform(as(get("/teachers/{id}/diagnostics/2026", this.teacher), who))
			.andExpect(status().is(diagnostic));
		this.mvc
			.perform(as(post("/teachers/{id}", this.teacher).with(csrf())
				.param("fullName", "Переименованная")
				.param("subjects", "История")
				.param("qualification", "FIRST")
				.param("version", "0"), who))
			.andExpect(status().is(change));
		String stored = this.jdbc.queryForObject("select full_name from teacher where id = ?", String.class,
				this.teacher);
		assertThat(stored).isEqualTo((change == 302) ? "Переименованная" : this.name);
	}

	@Test
	void theObserverSeesTheSchoolsCountsButNeverANameOrTheExport() throws Exception {
		this.mvc.perform(as(get("/schools/{id}/teachers/summary", this.f.schoolA), "observer"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Работают: 1. В группе риска (2026/27): 1")))
			.andExpect(content().string(not(containsString(this.name))))
			.andExpect(content().string(not(containsString("/schools/" + this.f.schoolA + "/teachers\""))));
		this.mvc.perform(as(get("/schools/{id}/teachers.xlsx", this.f.schoolA), "observer"))
			.andExpect(status().isNotFound());
		this.mvc.perform(as(get("/schools/{id}/teachers/summary", this.f.schoolA), "observer2"))
			.andExpect(status().isForbidden());
	}

	@Test
	void anExportWithNamesIsAudited() throws Exception {
		this.mvc.perform(as(get("/schools/{id}/teachers.xlsx", this.f.schoolA), "curator")).andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select details from audit_event where action = 'EXPORT' and entity_type = 'Teacher' and entity_id = ? and username = ?",
				String.class, String.valueOf(this.f.schoolA), this.f.login("curator")))
			.singleElement()
			.asString()
			.contains("rows=1");
	}

	@Test
	void onlyTheCoordinatorMovesATeacherAndOnlyWithinTheMunicipality() throws Exception {
		this.mvc
			.perform(as(post("/teachers/{id}/move", this.teacher).with(csrf())
				.param("schoolId", String.valueOf(this.f.schoolB)), "school"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(post("/teachers/{id}/move", this.teacher).with(csrf())
				.param("schoolId", String.valueOf(this.f.foreign)), "coord"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select school_id from teacher where id = ?", Long.class, this.teacher))
			.isEqualTo(this.f.schoolA);
		this.mvc
			.perform(as(post("/teachers/{id}/move", this.teacher).with(csrf())
				.param("schoolId", String.valueOf(this.f.schoolB)), "coord"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select school_id from teacher where id = ?", Long.class, this.teacher))
			.isEqualTo(this.f.schoolB);
		assertThat(this.jdbc.queryForList(
				"select school_id from teacher_school_period where teacher_id = ? order by from_date, id", Long.class,
				this.teacher))
			.containsExactly(this.f.schoolA, this.f.schoolB);
		// the diagnostic goes with the teacher: school A no longer sees them, school B
		// does
		this.mvc.perform(as(get("/teachers/{id}", this.teacher), "school")).andExpect(status().isNotFound());
		this.mvc.perform(as(get("/teachers/{id}", this.teacher), "schoolb"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("в группе риска")));
	}

	@Test
	void onlyTheAdministratorKeepsTheReferenceData() throws Exception {
		this.mvc.perform(as(get("/admin/teachers"), "coord")).andExpect(status().isForbidden());
		this.mvc
			.perform(as(post("/admin/teachers/rules/{id}", this.f.region).with(csrf()).param("areaThreshold", "30"),
					"coord"))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from teacher_risk_rule where region_id = ?", Integer.class,
				this.f.region))
			.isZero();
	}

}
