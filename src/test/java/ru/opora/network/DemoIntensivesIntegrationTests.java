package ru.opora.network;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo year of «Дни образовательных интенсивов» of the Gatchina network (db/demo
 * V45): nine monthly days with 3–4 sessions, registrations, attendance and satisfaction;
 * read only.
 */
class DemoIntensivesIntegrationTests extends PortalIntegrationTest {

	long network() {
		return this.jdbc.queryForObject("""
				select n.id from network n join programme_year p on p.id = n.programme_year_id
				where p.title = 'Сетевое наставничество 2025/2026'""", Long.class);
	}

	@Test
	void aSchoolYearOfMonthlyDays() throws Exception {
		long network = network();
		List<Map<String, Object>> days = this.jdbc.queryForList("""
				select d.id, d.held_on, (select count(*) from intensive_session s where s.day_id = d.id) as sessions,
				  (select count(*) from intensive_response r where r.day_id = d.id) as responses
				from intensive_day d where d.network_id = ? order by d.held_on""", network);
		assertThat(days).hasSize(9);
		assertThat(days).allSatisfy((d) -> {
			assertThat(((Number) d.get("sessions")).intValue()).isBetween(3, 4);
			assertThat(((Number) d.get("responses")).intValue()).isBetween(18, 33);
		});
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from intensive_session s join intensive_day d on d.id = s.day_id
						where d.network_id = ? and (s.risk_factor_id is not null or s.subject is not null) and s.source_count > 0""",
				Integer.class, network))
			.as("topics from the common deficits with their counts")
			.isGreaterThan(20);
		assertThat(this.jdbc.queryForObject("""
				select avg(a.score) from intensive_answer a join intensive_response r on r.id = a.response_id
				join intensive_day d on d.id = r.day_id where d.network_id = ?""", Double.class, network))
			.isBetween(3.8, 4.7);
		assertThat(this.jdbc.queryForObject("""
				select count(distinct a.score) from intensive_answer a join intensive_response r on r.id = a.response_id
				join intensive_day d on d.id = r.day_id where d.network_id = ?""", Integer.class, network))
			.as("a believable spread")
			.isGreaterThanOrEqualTo(4);
		assertThat(this.jdbc.queryForObject("""
				select sum(r.teachers) - sum(r.attended_teachers) from intensive_registration r
				join intensive_session s on s.id = r.session_id join intensive_day d on d.id = s.day_id
				where d.network_id = ?""", Integer.class, network)).as("not everybody registered came").isPositive();

		long first = ((Number) days.get(0).get("id")).longValue();
		String results = this.mvc
			.perform(get("/networks/" + network + "/intensives/" + first + "/results").with(this.demo.as("gatchina")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(results).contains("Анализ рисковых профилей");
	}

}
