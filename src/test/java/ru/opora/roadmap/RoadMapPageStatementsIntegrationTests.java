package ru.opora.roadmap;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.StatementCounter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The road map's page sends as many SQL statements for a road map of 40 more rows as for
 * the demo's (one read-only transaction, {@link RoadMapSectionService#page}), and few of
 * them: for the municipal road map and a school's, as its editors and a reader. The rows
 * added are removed afterwards (the demo data is shared).
 */
class RoadMapPageStatementsIntegrationTests extends PortalIntegrationTest {

	private static final int CEILING = 25;

	@ParameterizedTest(name = "{0} on road map [{1}]")
	@CsvSource({ "coordinator, municipal", "observer, municipal", "coordinator, Жидкинская ООШ",
			"school, Жидкинская ООШ", "curator2, Жидкинская ООШ" })
	void aLargerRoadMapSendsAsManyStatements(String user, String which) throws Exception {
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2022'", Long.class);
		long map = "municipal".equals(which)
				? this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id is null",
						Long.class, year)
				: this.jdbc.queryForObject("select id from road_map where programme_year_id = ? and school_id = ?",
						Long.class, year, this.demo.school(which));
		MockHttpServletRequestBuilder page = get("/roadmaps/{id}", map).with(this.demo.as(user));
		int small = warmCount(page);
		List<Long> added = this.jdbc.queryForList(
				"""
						insert into road_map_item (road_map_id, section_id, position, task, action, due_text, status, updated_by)
						select s.road_map_id, s.id, 1000 + g, 'Задача ' || g, 'Мероприятие ' || g, 'в теч. года',
						       case when g % 3 = 0 then 'DONE' else 'IN_PROGRESS' end, 'coordinator'
						from road_map_section s cross join generate_series(1, 40) g
						where s.road_map_id = ? and s.id = (select min(id) from road_map_section where road_map_id = ?)
						returning id""",
				Long.class, map, map);
		try {
			int large = warmCount(page);
			assertThat(added).hasSize(40);
			assertThat(large).as("statements with 40 rows more (before: %s)", small)
				.isEqualTo(small)
				.isLessThanOrEqualTo(CEILING);
		}
		finally {
			this.jdbc.update("delete from road_map_item where id = any(?)", (Object) added.toArray(Long[]::new));
		}
	}

	/** The second request's statements (the first may warm caches). */
	private int warmCount(MockHttpServletRequestBuilder request) throws Exception {
		this.mvc.perform(request).andExpect(status().isOk());
		return StatementCounter.count(() -> {
			try {
				this.mvc.perform(request).andExpect(status().isOk());
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		});
	}

}
