package ru.opora.teachers;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Individual development plans through the web: creation with the risk-group areas
 * pre-selected, editing, the mentor from the mentor school of the pair, items, the status
 * workflow, and who may read and change a plan.
 */
class PlanIntegrationTests extends PortalIntegrationTest {

	CourseFixture f;

	@BeforeEach
	void setUp() {
		this.f = new CourseFixture(this.jdbc);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as("admin".equals(who) ? "admin" : this.f.login(who)));
	}

	long create(String who, long teacher) throws Exception {
		this.mvc.perform(as(post("/teachers/{id}/plans", teacher), who).with(csrf()).param("year", "2026"))
			.andExpect(status().is3xxRedirection())
			.andExpect(redirectedUrlPattern("/plans/*"));
		return this.jdbc.queryForObject("select id from teacher_plan where teacher_id = ? and academic_year = 2026",
				Long.class, teacher);
	}

	@Test
	void aNewPlanAddressesTheAreasOfTheRiskGroupReasons() throws Exception {
		long plan = create("school", this.f.riskTeacher);
		assertThat(this.jdbc.queryForList("""
				select a.name from teacher_plan_area pa join teacher_competence_area a on a.id = pa.area_id
				where pa.plan_id = ?""", String.class, plan)).containsExactly("Методическая");
		assertThat(this.jdbc.queryForObject("select status from teacher_plan where id = ?", String.class, plan))
			.isEqualTo("DRAFT");
		// a second click finds the same plan
		assertThat(create("school", this.f.riskTeacher)).isEqualTo(plan);
		assertThat(count("select count(*) from teacher_plan where teacher_id = ?", this.f.riskTeacher)).isEqualTo(1);
		assertThat(count("select count(*) from audit_event where entity_type = 'teacher_plan' and entity_id = ?",
				String.valueOf(plan)))
			.isEqualTo(1);
		String page = html("school", "/plans/" + plan);
		assertThat(page).contains("Индивидуальный образовательный маршрут на 2026/27", "Методическая: 40",
				"Наставникова Елена Юрьевна");
		// the teacher outside the risk group gets a plan without areas
		long calm = create("coord", this.f.teacherA2);
		assertThat(count("select count(*) from teacher_plan_area where plan_id = ?", calm)).isZero();
	}

	@Test
	void theSchoolEditsGoalsAreasAndTheMentorOfThePair() throws Exception {
		long plan = create("school", this.f.riskTeacher);
		long digital = area("Цифровая");
		long methodical = area("Методическая");
		this.mvc
			.perform(as(post("/plans/{id}", plan), "school").with(csrf())
				.param("version", String.valueOf(version(plan)))
				.param("areaIds", String.valueOf(methodical), String.valueOf(digital))
				.param("goals", "Освоить формирующее оценивание")
				.param("mentorTeacherId", String.valueOf(this.f.mentorTeacher)))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("flash"));
		assertThat(this.jdbc
			.queryForMap("select goals, mentor_teacher_id, network_pair_id from teacher_plan where id = ?", plan))
			.containsEntry("goals", "Освоить формирующее оценивание")
			.containsEntry("mentor_teacher_id", this.f.mentorTeacher)
			.containsEntry("network_pair_id", this.f.pair);
		assertThat(this.jdbc.queryForList("select area_id from teacher_plan_area where plan_id = ? order by area_id",
				Long.class, plan))
			.containsExactlyInAnyOrder(methodical, digital);
		assertThat(html("curator", "/plans/" + plan)).contains("Наставникова Елена Юрьевна",
				"/networks/pairs/" + this.f.pair);
	}

	@Test
	void aMentorFromAnotherSchoolIsRefusedAndNothingChanges() throws Exception {
		long plan = create("school", this.f.riskTeacher);
		long before = version(plan);
		String page = this.mvc
			.perform(as(post("/plans/{id}", plan), "school").with(csrf())
				.param("version", String.valueOf(before))
				.param("goals", "Цели, которые не сохранятся")
				.param("mentorTeacherId", String.valueOf(this.f.teacherB)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Наставник должен быть педагогом школы-наставника");
		assertThat(version(plan)).isEqualTo(before);
		assertThat(this.jdbc.queryForObject("select goals from teacher_plan where id = ?", String.class, plan))
			.isNull();
	}

	@Test
	void itemsAndTheStatusWorkflow() throws Exception {
		long plan = create("school", this.f.riskTeacher);
		// an empty plan is not taken into work
		move("school", plan, "start");
		assertThat(statusOf(plan)).isEqualTo("DRAFT");
		long course = this.f.course(this.f.municipality, "Функциональная грамотность");
		this.mvc
			.perform(as(post("/plans/{id}/items", plan), "school").with(csrf())
				.param("courseId", String.valueOf(course))
				.param("dueOn", "2026-12-01"))
			.andExpect(status().is3xxRedirection());
		// neither a course nor a title: a form message, nothing added
		String refused = this.mvc
			.perform(as(post("/plans/{id}/items", plan), "school").with(csrf()).param("title", "  "))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(refused).contains("Выберите курс из каталога или укажите название мероприятия.");
		// a course of another municipality is refused
		long foreignCourse = this.f.course(this.f.otherMunicipality, "Чужой курс");
		this.mvc
			.perform(as(post("/plans/{id}/items", plan), "school").with(csrf())
				.param("courseId", String.valueOf(foreignCourse)))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList("select title from teacher_plan_item where plan_id = ?", String.class, plan))
			.containsExactly("Функциональная грамотность " + this.f.suffix);
		long item = this.jdbc.queryForObject("select id from teacher_plan_item where plan_id = ?", Long.class, plan);
		move("school", plan, "start");
		assertThat(statusOf(plan)).isEqualTo("ACTIVE");
		this.mvc
			.perform(as(post("/plans/{id}/items/{item}/done", plan, item), "school").with(csrf()).param("done", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select done from teacher_plan_item where id = ?", Boolean.class, item))
			.isTrue();
		move("coord", plan, "complete");
		assertThat(statusOf(plan)).isEqualTo("COMPLETED");
		// a completed plan is read only
		this.mvc.perform(as(post("/plans/{id}/items/{item}/delete", plan, item), "school").with(csrf()))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("flash",
					new FlashMessage("warning", "teachers.plan.completedReadOnly", List.of())));
		assertThat(count("select count(*) from teacher_plan_item where plan_id = ?", plan)).isEqualTo(1);
		move("school", plan, "reopen");
		assertThat(statusOf(plan)).isEqualTo("ACTIVE");
	}

	@Test
	void whoReadsAndWhoChanges() throws Exception {
		long plan = create("school", this.f.riskTeacher);
		for (String who : List.of("school", "coord", "curator")) {
			this.mvc.perform(as(get("/plans/{id}", plan), who)).andExpect(status().isOk());
		}
		for (String who : List.of("schoolb", "foreign", "coord2", "observer", "admin")) {
			this.mvc.perform(as(get("/plans/{id}", plan), who)).andExpect(status().isNotFound());
		}
		// the curator reads but may not change
		this.mvc
			.perform(as(post("/plans/{id}", plan), "curator").with(csrf())
				.param("version", String.valueOf(version(plan)))
				.param("goals", "от куратора"))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(as(post("/teachers/{id}/plans", this.f.teacherA2), "curator").with(csrf()).param("year", "2026"))
			.andExpect(status().isForbidden());
		// another school's teacher does not exist for the school; the observer never sees
		// one
		this.mvc.perform(as(post("/teachers/{id}/plans", this.f.teacherB), "school").with(csrf()).param("year", "2026"))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(as(post("/teachers/{id}/plans", this.f.teacherA2), "observer").with(csrf()).param("year", "2026"))
			.andExpect(status().isNotFound());
		assertThat(count("select count(*) from teacher_plan where teacher_id in (?, ?)", this.f.teacherA2,
				this.f.teacherB))
			.isZero();
		assertThat(this.jdbc.queryForObject("select goals from teacher_plan where id = ?", String.class, plan))
			.isNull();
	}

	@Test
	void theCardShowsThePlanSection() throws Exception {
		String before = html("school", "/teachers/" + this.f.riskTeacher);
		assertThat(before).contains("Индивидуальный образовательный маршрут, 2026/27", "Составить ИОМ");
		assertThat(html("curator", "/teachers/" + this.f.riskTeacher)).doesNotContain("Составить ИОМ");
		long plan = create("school", this.f.riskTeacher);
		assertThat(html("curator", "/teachers/" + this.f.riskTeacher)).contains("/plans/" + plan, "черновик");
	}

	private void move(String who, long plan, String action) throws Exception {
		this.mvc
			.perform(as(post("/plans/{id}/status", plan), who).with(csrf())
				.param("action", action)
				.param("version", String.valueOf(version(plan))))
			.andExpect(status().is3xxRedirection());
	}

	private String html(String who, String url) throws Exception {
		return this.mvc.perform(as(get(url), who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

	private long version(long plan) {
		return this.jdbc.queryForObject("select version from teacher_plan where id = ?", Long.class, plan);
	}

	private String statusOf(long plan) {
		return this.jdbc.queryForObject("select status from teacher_plan where id = ?", String.class, plan);
	}

	private long area(String name) {
		return this.jdbc.queryForObject("select id from teacher_competence_area where name = ?", Long.class, name);
	}

	private long count(String sql, Object... args) {
		return this.jdbc.queryForObject(sql, Long.class, args);
	}

}
