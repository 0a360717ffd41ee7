package ru.opora.roadmap;

import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The road-map monitoring's summary line (participants, with a road map, measures done of
 * all live measures) agrees with a plain join over the programme year's maps and
 * measures, also after a measure is added and one is deleted.
 */
class RoadMapMonitoringSummaryIntegrationTests extends PortalIntegrationTest {

	@Test
	void summaryCountsTheParticipantsMapsAndLiveMeasures() throws Exception {
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
		long map = this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
				Long.class, year, this.demo.school("Жидкинская ООШ"));
		long section = this.jdbc.queryForObject("select min(id) from road_map_section where road_map_id = ?",
				Long.class, map);
		// the page seen first (its summary kept for the data version), then changed
		assertThat(body("coordinator", "/programmes/" + year + "/roadmaps")).contains(expected(year));
		// two new measures on a participant's map; one of them deleted again
		for (int i = 0; i < 2; i++) {
			this.mvc
				.perform(post("/roadmaps/{id}/sections/{s}/items", map, section).with(this.demo.as("coordinator"))
					.with(csrf()))
				.andExpect(status().isOk());
		}
		this.jdbc.update("update road_map_item set deleted_at = now() where id = (select max(id) from road_map_item"
				+ " where road_map_id = ?)", map);
		String expected = expected(year);
		String page = body("coordinator", "/programmes/" + year + "/roadmaps");
		assertThat(page).contains(expected);
		// a measure marked done in plain SQL, as another node or a job would: seen at
		// once
		this.jdbc.update("update road_map_item set status = 'DONE' where id = (select max(id) from road_map_item"
				+ " where road_map_id = ? and deleted_at is null and status <> 'DONE')", map);
		String afterDone = expected(year);
		assertThat(afterDone).isNotEqualTo(expected);
		assertThat(body("coordinator", "/programmes/" + year + "/roadmaps")).contains(afterDone);
	}

	/** The summary as the plain join over every live measure counts it. */
	private String expected(long year) {
		return this.jdbc.queryForObject("""
				select 'Участников: ' || (select count(*) from programme_participant where programme_year_id = ?1)
				    || ', с дорожной картой: ' || count(distinct m.id) || '; мероприятий выполнено '
				    || count(i.id) filter (where i.status = 'DONE') || ' из ' || count(i.id) || '.'
				from road_map m left join road_map_item i on i.road_map_id = m.id and i.deleted_at is null
				where m.programme_year_id = ?1 and m.school_id in
				    (select p.school_id from programme_participant p where p.programme_year_id = ?1)""".replace("?1",
				String.valueOf(year)), String.class);
	}

}
