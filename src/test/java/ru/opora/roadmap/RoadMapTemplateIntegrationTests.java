package ru.opora.roadmap;

import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The coordinator saves a school's risk-factor section as a template; next year the
 * school starts the same factor's section from it.
 */
class RoadMapTemplateIntegrationTests extends PortalIntegrationTest {

	@Test
	void aSectionSavedAsATemplateStartsNextYearsSection() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		long y2022 = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
		long y2026 = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2026'", Long.class);
		long map2022 = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, y2022, zhidka);
		long section2022 = this.jdbc.queryForObject("""
				select s.id from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? and f.number = 3""", Long.class, map2022);
		// only the coordinator saves templates
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/template", map2022, section2022).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		this.mvc
			.perform(
					post("/roadmaps/{id}/sections/{s}/template", map2022, section2022).with(this.demo.as("coordinator"))
						.with(csrf()))
			.andExpect(status().isOk());
		long template = this.jdbc.queryForObject("select max(id) from road_map_template where source_section_id = ?",
				Long.class, section2022);
		int templateRows = this.jdbc.queryForObject("select count(*) from road_map_template_item where template_id = ?",
				Integer.class, template);
		assertThat(templateRows).isPositive();

		// the school opens its 2026 road map: a section per chosen factor
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/roadmap", y2026, zhidka).with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isFound());
		long map2026 = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, y2026, zhidka);
		assertThat(this.jdbc.queryForList("""
				select f.number from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? order by s.position""", Integer.class, map2026)).containsExactly(3, 10);
		long section2026 = this.jdbc.queryForObject("""
				select s.id from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? and f.number = 3""", Long.class, map2026);
		long otherSection = this.jdbc.queryForObject("""
				select s.id from road_map_section s join risk_factor f on f.id = s.risk_factor_id
				where s.road_map_id = ? and f.number = 10""", Long.class, map2026);
		String offered = this.mvc
			.perform(get("/roadmaps/{id}/sections/{s}/templates", map2026, section2026).with(this.demo.as("school")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(offered).contains("Жидкинская ООШ, 500+ 2022");
		// a template of another factor is not applied
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map2026, otherSection)
				.param("template", String.valueOf(template))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isNotFound());
		// a reader cannot apply it
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map2026, section2026)
				.param("template", String.valueOf(template))
				.with(this.demo.as("observer"))
				.with(csrf()))
			.andExpect(status().isForbidden());
		int before = this.jdbc.queryForObject(
				"select count(*) from road_map_item where section_id = ? and deleted_at is null", Integer.class,
				section2026);
		this.mvc
			.perform(post("/roadmaps/{id}/sections/{s}/apply", map2026, section2026)
				.param("template", String.valueOf(template))
				.with(this.demo.as("school"))
				.with(csrf()))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from road_map_item where section_id = ? and deleted_at is null and status = 'NOT_STARTED'",
				Integer.class, section2026))
			.isEqualTo(before + templateRows);
		assertThat(
				this.jdbc.queryForObject("select goal from road_map_section where id = ?", String.class, section2026))
			.startsWith("Снизить влияние фактора риска");
	}

}
