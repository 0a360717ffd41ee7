package ru.opora.riskprofile;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.transaction.annotation.Transactional;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The demo data's profiles: both sources for the participants of «500+ 2026», and the
 * survey profile that tools/demo_riskprofiles.py scored is what the portal computes from
 * the same answers. (Rolled back: the recomputation does not stay.)
 */
@Transactional
class DemoProfilesIntegrationTests extends PortalIntegrationTest {

	static final String FACTORS = """
			select f.number, pf.significance, coalesce(pf.score::text, '-'), pf.explanation_lines
			from risk_profile_factor pf join risk_factor f on f.id = pf.risk_factor_id
			join risk_profile p on p.id = pf.profile_id join programme_year y on y.id = p.programme_year_id
			join school s on s.id = p.school_id
			where y.title = '500+ 2026' and s.short_name = 'Ундино-Посельская СОШ' order by f.number""";

	@Test
	void bothSourcesAppearAndTheSurveyProfileMatchesTheCalculation() throws Exception {
		assertThat(this.jdbc.queryForList(
				"""
						select s.short_name || ' ' || p.source from risk_profile p join programme_year y on y.id = p.programme_year_id
						join school s on s.id = p.school_id where y.title = '500+ 2026' order by s.short_name""",
				String.class))
			.containsExactly("Жидкинская ООШ IMPORT", "Ундино-Посельская СОШ SURVEY");
		List<Map<String, Object>> demo = this.jdbc.queryForList(FACTORS);
		assertThat(demo).hasSize(10);
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2026'", Long.class);
		this.mvc
			.perform(post("/programmes/{y}/schools/{s}/survey/compute", year, this.demo.school("Ундино-Посельская СОШ"))
				.with(this.demo.as("coordinator"))
				.with(csrf()))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForList(FACTORS)).isEqualTo(demo);
		// parents: 6 of the 10 needed (the demo's string, converted to JSON by V99)
		assertThat(demo.get(8).get("explanation_lines").toString()).contains("\"kind\": \"SURVEY_FEW\"")
			.contains("\"group\": \"PARENT\"")
			.contains("\"minimum\": 10")
			.contains("\"respondents\": 6");
	}

	@Test
	void importedExplanationsOfTheDemoWereConvertedToStructuredLines() {
		assertThat(this.jdbc.queryForList(
				"""
						select pf.explanation_lines ->> 0 from risk_profile_factor pf join risk_factor f on f.id = pf.risk_factor_id
						join risk_profile p on p.id = pf.profile_id join programme_year y on y.id = p.programme_year_id
						join school s on s.id = p.school_id
						where y.title = '500+ 2022' and s.short_name = 'Жидкинская ООШ' and f.number in (1, 2) order by f.number""",
				String.class))
			.containsExactly(
					"{\"row\": 2, \"kind\": \"FILE\", \"fileName\": \"fioko-risk-profiles-2022.xlsx\", \"significance\": \"MEDIUM\"}",
					"{\"row\": 3, \"kind\": \"FILE\", \"fileName\": \"fioko-risk-profiles-2022.xlsx\", \"significance\": \"HIGH\"}");
	}

}
