package ru.opora.analysis;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The social passport form and the school's analysis page that explains the
 * classification. Test data uses the year 2011 and is removed after each test.
 */
class SocialPassportIntegrationTests extends PortalIntegrationTest {

	@AfterEach
	void removeTestRows() {
		this.jdbc.update("delete from social_passport where year = 2011");
		this.jdbc.update("delete from assessment_result where year = 2011");
	}

	@Test
	void coordinatorEntersAPassportAndTheAnalysisExplainsTheIndex() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		// the other test of this class writes the same passport: count only this test's
		// events
		long auditBefore = this.jdbc.queryForObject("select coalesce(max(id), 0) from audit_event", Long.class);
		this.mvc.perform(get("/schools/{id}/passport", zhidka).param("year", "2011").with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "46")
				.param("lowIncome", "30")
				.param("singleParent", "25")
				.param("disability", "10")
				.param("nonNative", "0")
				.param("preventive", "5")
				.param("higherEducation", "20"))
			.andExpect(status().isFound())
			.andExpect(redirectedUrl("/schools/" + zhidka + "/analysis"));
		// two low assessments: ШНОР; Жидкинская ООШ is rural, small, 50 km away (remote):
		// ИСБШ 56,8 (see
		// ClassificationCalculatorTests)
		this.jdbc.update("""
				insert into assessment_result (school_id, year, assessment, subject, grade, participants, share_below)
				values (?, 2011, 'VPR', 'Математика', 5, 6, 50), (?, 2011, 'VPR', 'Русский язык', 5, 6, 33.3)""",
				zhidka, zhidka);
		String page = this.mvc.perform(get("/schools/{id}/analysis", zhidka).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("ИСБШ = 540,0 / 9,5 = 56,8")
			.contains("ИСБШ ниже 65,0 — неблагоприятные социальные условия")
			.contains("Учтено процедур: 2; с долей «2» не меньше 30,0 %: 2")
			.contains("Группа «ШНОР + ШФНСУ»");
		// the school itself and its curator read it, the form stays the coordinator's
		this.mvc.perform(get("/schools/{id}/analysis", zhidka).with(this.demo.as("school"))).andExpect(status().isOk());
		this.mvc.perform(get("/schools/{id}/analysis/summary", zhidka).with(this.demo.as("curator2")))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'SocialPassport' and entity_id = ? and id > ?",
				Integer.class, zhidka + "/2011", auditBefore))
			.isEqualTo(1);
	}

	@Test
	void invalidSharesStayOnTheFormAndAStaleVersionIsAConflict() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "46")
				.param("lowIncome", "120"))
			.andExpect(status().isOk());
		assertThat(this.jdbc.queryForObject("select count(*) from social_passport where year = 2011", Integer.class))
			.isZero();
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "46"))
			.andExpect(status().isFound());
		// a second «new» passport of the same year, or an old version: 409
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "50"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "50")
				.param("version", "7"))
			.andExpect(status().isConflict());
		this.mvc
			.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("year", "2011")
				.param("students", "50")
				.param("version", "0"))
			.andExpect(status().isFound());
		assertThat(this.jdbc.queryForObject("select students from social_passport where year = 2011", Integer.class))
			.isEqualTo(50);
	}

	@Test
	void onlyTheSchoolsCoordinatorAndTheAdministratorEditPassports() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		for (String user : new String[] { "gatchina", "observer", "curator2", "school" }) {
			this.mvc.perform(get("/schools/{id}/passport", zhidka).with(this.demo.as(user)))
				.andExpect(status().isForbidden());
			this.mvc
				.perform(post("/schools/{id}/passport", zhidka).with(this.demo.as(user))
					.with(csrf())
					.param("year", "2011")
					.param("students", "46"))
				.andExpect(status().isForbidden());
		}
		this.mvc.perform(get("/schools/{id}/passport", zhidka).with(this.demo.as("admin"))).andExpect(status().isOk());
		this.mvc.perform(get("/schools/{id}/passport", 999_999).with(this.demo.as("coordinator")))
			.andExpect(status().isNotFound());
		assertThat(this.jdbc.queryForObject("select count(*) from social_passport where year = 2011", Integer.class))
			.isZero();
	}

}
