package ru.opora.roadmap;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator saves a school's risk-factor section as a template; next year the
 * school starts the same factor's section from it. Both programme years and the source
 * road map are the test's own.
 */
class RoadMapTemplateIntegrationTests extends PortalIntegrationTest {

	@Test
	void aSectionSavedAsATemplateStartsNextYearsSection() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate due = this.clock.today().plusMonths(6);
		long lastYear = this.data.programmeYear(2026, due, zhidka);
		long sourceMap = this.data.schoolRoadMap(lastYear, zhidka, 3);
		long source = this.data.section(sourceMap, 3);
		this.jdbc.update("update road_map_section set goal = 'Снизить влияние фактора риска к концу года' where id = ?",
				source);
		this.data.measure(source, "Взаимопосещение уроков", due, "DONE");
		this.data.measure(source, "Индивидуальные маршруты педагогов", due, "IN_PROGRESS");

		// only the coordinator saves templates
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/template", sourceMap, source).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_template where source_section_id = ?",
				Integer.class, source))
			.isZero();
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/template", sourceMap, source).with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isOk());
		long template = this.jdbc.queryForObject("select id from road_map_template where source_section_id = ?",
				Long.class, source);
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_template_item where template_id = ?",
				Integer.class, template))
			.isEqualTo(2);

		// the school opens next year's road map: a section per chosen factor
		long nextYear = this.data.programmeYear(2026, due, zhidka);
		this.data.chooseFactors(nextYear, zhidka, 3, 10);
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/roadmap", nextYear, zhidka).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isFound());
		long map = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, nextYear, zhidka);
		assertThat(this.jdbc.queryForList("""
				select f.number from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? order by s.position""", Integer.class, map)).containsExactly(3, 10);
		long section = this.data.section(map, 3);
		long otherSection = this.data.section(map, 10);
		String offered = this.mvc
			.perform(get("/roadmaps/{id}/sections/{s}/templates", map, section).with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(offered).contains("template=" + template + "\"");
		String notOffered = this.mvc
			.perform(get("/roadmaps/{id}/sections/{s}/templates", map, otherSection).with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(notOffered).as("a template of another factor").doesNotContain("template=" + template + "\"");
		// a template of another factor is not applied
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map, otherSection)
				.param("template", String.valueOf(template))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// a reader cannot apply it
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map, section).param("template", String.valueOf(template))
				.with(this.demo.as("observer"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where road_map_id = ?", Integer.class,
				map))
			.isZero();
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map, section).param("template", String.valueOf(template))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForList(
				"select action from road_map_item where section_id = ? and deleted_at is null and status = 'NOT_STARTED' order by position",
				String.class, section))
			.containsExactly("Взаимопосещение уроков", "Индивидуальные маршруты педагогов");
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where section_id = ?", Integer.class,
				otherSection))
			.isZero();
		assertThat(this.jdbc.queryForObject("select goal from road_map_section where id = ?", String.class, section))
			.isEqualTo("Снизить влияние фактора риска к концу года");
	}

	@Test
	void aSectionOrRowOfAnotherRoadMapIsNotFound() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate due = this.clock.today().plusMonths(6);
		long year = this.data.programmeYear(2026, due, zhidka);
		long map = this.data.schoolRoadMap(year, zhidka, 3);
		long otherYear = this.data.programmeYear(2026, due, zhidka);
		long otherMap = this.data.schoolRoadMap(otherYear, zhidka, 3);
		long foreignSection = this.data.section(otherMap, 3);
		long foreignItem = this.data.measure(foreignSection, "Чужое мероприятие", due, "NOT_STARTED");

		this.mvc.perform(get("/roadmaps/{id}/sections/{s}/templates", map, foreignSection).with(this.demo.as("school")))
			.andExpect(status().isNotFound());
		this.mvc
			.perform(get("/roadmaps/{id}/history", map).param("item", String.valueOf(foreignItem))
				.with(this.demo.as("school")))
			.andExpect(status().isNotFound());
		// its own section and row still answer
		this.mvc
			.perform(
					get("/roadmaps/{id}/sections/{s}/templates", otherMap, foreignSection).with(this.demo.as("school")))
			.andExpect(status().isOk());
		this.mvc
			.perform(get("/roadmaps/{id}/history", otherMap).param("item", String.valueOf(foreignItem))
				.with(this.demo.as("school")))
			.andExpect(status().isOk());
	}

	@Test
	void theObserverSeesTemplatesWithoutApplyingThem() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		LocalDate due = this.clock.today().plusMonths(6);
		long year = this.data.programmeYear(2026, due, zhidka);
		long map = this.data.schoolRoadMap(year, zhidka, 3);
		long section = this.data.section(map, 3);
		long template = this.jdbc.queryForObject("""
				insert into road_map_template (municipality_id, risk_factor_number, title, created_by, created_at)
				select municipality_id, 3, 'Шаблон наблюдателя', 'test', now() from school where id = ? returning id""",
				Long.class, zhidka);
		this.jdbc.update("insert into road_map_template_item (template_id, position, action) values (?, 1, 'Семинар')",
				template);

		String forSchool = this.mvc
			.perform(get("/roadmaps/{id}/sections/{s}/templates", map, section).with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forSchool).contains("template=" + template + "\"");
		String forObserver = this.mvc
			.perform(get("/roadmaps/{id}/sections/{s}/templates", map, section).with(this.demo.as("observer")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(forObserver).contains("Шаблон наблюдателя").doesNotContain("/apply");
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map, section).param("template", String.valueOf(template))
				.with(this.demo.as("observer"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		assertThat(this.jdbc.queryForObject("select count(*) from road_map_item where section_id = ?", Integer.class,
				section))
			.isZero();
	}

}
