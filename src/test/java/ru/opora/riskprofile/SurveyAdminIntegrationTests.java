package ru.opora.riskprofile;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.web.FlashMessage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The administrator's survey settings and questions, versioned by year and audited. Each
 * test works on a year of its own far in the future, so no programme year uses it.
 */
class SurveyAdminIntegrationTests extends PortalIntegrationTest {

	@Autowired
	SurveyCatalogueService catalogue;

	@Test
	void settingsOfAYearApplyFromItAndAreAudited() throws Exception {
		int year = 2091;
		this.mvc
			.perform(post("/admin/surveys/{y}/settings", year).with(this.demo.as("admin"))
				.with(csrf())
				.param("high", "0,7")
				.param("medium", "0,4")
				.param("minPRINCIPAL", "1")
				.param("minTEACHER", "3")
				.param("minSTUDENT", "12")
				.param("minPARENT", "8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(level("success"));
		var later = this.catalogue.settingsFor(year + 3);
		assertThat(later.inForceFrom()).isEqualTo(year);
		assertThat(later.high()).isEqualByComparingTo("0.70");
		assertThat(later.minimum().get(RespondentGroup.STUDENT)).isEqualTo(12);
		// the year before keeps the older settings
		assertThat(this.catalogue.settingsFor(year - 1).inForceFrom()).isLessThan(year);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'SurveySettings' and entity_id = ?",
				Integer.class, String.valueOf(year)))
			.isEqualTo(1);
	}

	@Test
	void badThresholdsAreRefusedAndNothingIsSaved() throws Exception {
		int year = 2092;
		this.mvc
			.perform(post("/admin/surveys/{y}/settings", year).with(this.demo.as("admin"))
				.with(csrf())
				.param("high", "0,4")
				.param("medium", "0,5")
				.param("minPRINCIPAL", "1")
				.param("minTEACHER", "3")
				.param("minSTUDENT", "12")
				.param("minPARENT", "8"))
			.andExpect(status().is3xxRedirection())
			.andExpect(key("survey.admin.badThresholds"));
		assertThat(this.jdbc.queryForObject("select count(*) from survey_settings_year where year = ?", Integer.class,
				year))
			.isZero();
	}

	@Test
	void onlyTheAdministratorSeesAndChangesThem() throws Exception {
		this.mvc.perform(get("/admin/surveys").with(this.demo.as("admin"))).andExpect(status().isOk());
		for (String user : new String[] { "coordinator", "curator", "school" }) {
			this.mvc.perform(get("/admin/surveys").with(this.demo.as(user))).andExpect(status().isForbidden());
			this.mvc
				.perform(post("/admin/surveys/{y}/settings", 2093).with(this.demo.as(user))
					.with(csrf())
					.param("high", "0,7")
					.param("medium", "0,4"))
				.andExpect(status().isForbidden());
		}
	}

	@Test
	void answeredQuestionsStayAndANewYearGetsItsOwnVersion() throws Exception {
		// the 2026 catalogue has demo answers: it is not edited in place
		long answered = this.jdbc.queryForObject(
				"select min(q.id) from survey_question q join survey_answer a on a.question_id = q.id", Long.class);
		String before = this.jdbc.queryForObject("select text from survey_question where id = ?", String.class,
				answered);
		int answeredYear = this.jdbc.queryForObject("select catalogue_year from survey_question where id = ?",
				Integer.class, answered);
		this.mvc
			.perform(post("/admin/surveys/{y}/questions/{id}", answeredYear, answered).with(this.demo.as("admin"))
				.with(csrf())
				.param("text", "Другой текст")
				.param("weights", "1=1"))
			.andExpect(key("survey.admin.answered"));
		assertThat(this.jdbc.queryForObject("select text from survey_question where id = ?", String.class, answered))
			.isEqualTo(before);

		int year = 2094;
		int count = this.jdbc.queryForObject("select count(*) from survey_question where catalogue_year = ?",
				Integer.class, answeredYear);
		this.mvc.perform(post("/admin/surveys/{y}/version", year).with(this.demo.as("admin")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select count(*) from survey_question where catalogue_year = ?",
				Integer.class, year))
			.isEqualTo(count);
		long copy = this.jdbc.queryForObject(
				"select min(id) from survey_question where catalogue_year = ? and respondent_group = 'TEACHER'",
				Long.class, year);
		this.mvc
			.perform(post("/admin/surveys/{y}/questions/{id}", year, copy).with(this.demo.as("admin"))
				.with(csrf())
				.param("text", "Педагоги обсуждают результаты ВПР на методических объединениях.")
				.param("reverse", "true")
				.param("weights", "3=1; 8=0,5"))
			.andExpect(level("success"));
		assertThat(this.jdbc.queryForObject("select text from survey_question where id = ?", String.class, copy))
			.startsWith("Педагоги обсуждают");
		assertThat(this.jdbc.queryForList(
				"select factor_number || '=' || weight from survey_question_factor where question_id = ? order by 1",
				String.class, copy))
			.containsExactly("3=1.00", "8=0.50");
		// a bad weight is refused
		this.mvc
			.perform(post("/admin/surveys/{y}/questions/{id}", year, copy).with(this.demo.as("admin"))
				.with(csrf())
				.param("text", "Текст")
				.param("weights", "3=0"))
			.andExpect(key("survey.admin.badWeights"));
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'SurveyQuestion' and entity_id = ?",
				Integer.class, String.valueOf(copy)))
			.isEqualTo(1);
	}

	static org.springframework.test.web.servlet.ResultMatcher key(String key) {
		return (result) -> assertThat(((FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE)).key())
			.isEqualTo(key);
	}

	static org.springframework.test.web.servlet.ResultMatcher level(String level) {
		return (result) -> assertThat(((FlashMessage) result.getFlashMap().get(FlashMessage.ATTRIBUTE)).level())
			.isEqualTo(level);
	}

}
