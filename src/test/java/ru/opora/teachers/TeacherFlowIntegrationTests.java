package ru.opora.teachers;

import java.time.LocalDate;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The school keeps its teachers on forms: bad input is explained and nothing is saved; a
 * departure, the diagnostic of a year, the region's rule, and the anonymisation of
 * teachers who left long ago.
 */
class TeacherFlowIntegrationTests extends PortalIntegrationTest {

	@Autowired
	TeacherAnonymisationJob anonymisation;

	TeacherFixture f;

	@BeforeEach
	void setUp() {
		this.f = new TeacherFixture(this.jdbc);
	}

	int count(String sql, Object... args) {
		Integer n = this.jdbc.queryForObject(sql, Integer.class, args);
		return (n != null) ? n : -1;
	}

	@Test
	void badInputOnTheTeacherFormIsExplainedAndSavesNothing() throws Exception {
		this.mvc
			.perform(post("/schools/{id}/teachers", this.f.schoolA).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("fullName", " ")
				.param("subjects", "Физика")
				.param("qualification", "FIRST")
				.param("experienceYears", "двенадцать")
				.param("email", "не почта"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Заполните это поле.")))
			.andExpect(content().string(containsString("Введите целое число.")))
			.andExpect(content().string(containsString("Введите адрес электронной почты")))
			.andExpect(content().string(containsString("value=\"Физика\"")));
		assertThat(count("select count(*) from teacher where school_id = ?", this.f.schoolA)).isZero();

		this.mvc
			.perform(post("/schools/{id}/teachers", this.f.schoolA).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("fullName", "Новикова  Ирина")
				.param("subjects", "Физика, Астрономия")
				.param("qualification", "HIGHEST")
				.param("experienceYears", "7"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher where school_id = ? and full_name = 'Новикова Ирина'",
				this.f.schoolA))
			.isEqualTo(1);
		this.mvc
			.perform(post("/schools/{id}/teachers", this.f.schoolA).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("fullName", "новикова ирина")
				.param("subjects", "физика")
				.param("qualification", "FIRST"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("уже есть педагог с таким ФИО и основным предметом")));
		assertThat(count("select count(*) from teacher where school_id = ?", this.f.schoolA)).isEqualTo(1);
	}

	@Test
	void aDiagnosticWithABadValueSavesNothingAndKeepsWhatWasTyped() throws Exception {
		long teacher = this.f.teacher(this.f.schoolA, "Диагностикова Ева", "Химия");
		long area = this.jdbc.queryForObject(
				"select id from teacher_competence_area where active order by position, id limit 1", Long.class);
		this.mvc
			.perform(post("/teachers/{id}/diagnostics/2026", teacher).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("score-" + area, "120")
				.param("externalPercent", "55,5")
				.param("externalLevel", "LOW"))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Введите число от 0 до 100")))
			.andExpect(content().string(containsString("value=\"55,5\"")));
		assertThat(count("select count(*) from teacher_diagnostic where teacher_id = ?", teacher)).isZero();

		this.mvc
			.perform(post("/teachers/{id}/diagnostics/2026", teacher).with(csrf())
				.with(this.demo.as(this.f.login("school"))))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().string(containsString("Заполните хотя бы один результат.")));

		this.mvc
			.perform(post("/teachers/{id}/diagnostics/2026", teacher).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("score-" + area, "49,9"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/teachers/{id}", teacher).with(this.demo.as(this.f.login("curator"))))
			.andExpect(content().string(containsString("49,9 % — ниже порога 50 %")));
	}

	@Test
	void theRegionsRuleDecidesTheGroup() throws Exception {
		long teacher = this.f.teacher(this.f.schoolA, "Порогова Анна", "Химия");
		this.f.diagnostic(teacher, 2026, 45);
		this.mvc.perform(get("/teachers/{id}", teacher).with(this.demo.as(this.f.login("coord"))))
			.andExpect(content().string(containsString("в группе риска")));
		this.mvc
			.perform(post("/admin/teachers/rules/{id}", this.f.region).with(csrf())
				.with(this.demo.as("admin"))
				.param("areaThreshold", "сорок"))
			.andExpect(status().is3xxRedirection());
		assertThat(count("select count(*) from teacher_risk_rule where region_id = ?", this.f.region)).isZero();
		this.mvc
			.perform(post("/admin/teachers/rules/{id}", this.f.region).with(csrf())
				.with(this.demo.as("admin"))
				.param("areaThreshold", "45"))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(get("/teachers/{id}", teacher).with(this.demo.as(this.f.login("coord"))))
			.andExpect(content().string(containsString("не в группе риска")));
		this.mvc
			.perform(get("/schools/{id}/teachers", this.f.schoolA).param("year", "2026")
				.with(this.demo.as(this.f.login("coord"))))
			.andExpect(content().string(containsString("id=\"count-risk\">0<")));
	}

	@Test
	void aDepartedTeacherIsAnonymisedAfterThreeYearsAndStillCounted() throws Exception {
		long old = this.f.teacher(this.f.schoolA, "Давняя Зоя", "Музыка");
		long recent = this.f.teacher(this.f.schoolA, "Недавняя Ия", "Музыка");
		LocalDate today = LocalDate.now(this.clock);
		this.jdbc.update("update teacher set left_on = ?, email = 'z@example.org' where id = ?",
				today.minusYears(3).minusDays(1), old);
		this.jdbc.update("update teacher set left_on = ? where id = ?", today.minusYears(3).plusDays(1), recent);
		this.anonymisation.run();
		assertThat(this.jdbc.queryForMap("select full_name, email, anonymised_at from teacher where id = ?", old))
			.containsEntry("full_name", "выбыл(а)")
			.containsEntry("email", null)
			.extractingByKey("anonymised_at")
			.isNotNull();
		assertThat(this.jdbc.queryForObject("select full_name from teacher where id = ?", String.class, recent))
			.isEqualTo("Недавняя Ия " + this.f.suffix);
		assertThat(count("select count(*) from teacher where school_id = ?", this.f.schoolA)).isEqualTo(2);
		// a year later the other one goes too, and a second run changes nothing more
		this.clock.move(java.time.Duration.ofDays(366));
		this.anonymisation.run();
		assertThat(this.jdbc.queryForObject("select full_name from teacher where id = ?", String.class, recent))
			.isEqualTo("выбыл(а)");
		this.mvc.perform(post("/teachers/{id}/return", old).with(csrf()).with(this.demo.as(this.f.login("school"))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select left_on from teacher where id = ?", LocalDate.class, old))
			.isNotNull();
	}

	@Test
	void aTeacherWhoLeftIsMarkedWithTheDateAndCanComeBack() throws Exception {
		long teacher = this.f.teacher(this.f.schoolA, "Уходящая Лия", "Биология");
		LocalDate today = LocalDate.now(this.clock);
		this.mvc
			.perform(post("/teachers/{id}/leave", teacher).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("leftOn", today.plusDays(1).toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select left_on from teacher where id = ?", LocalDate.class, teacher))
			.isNull();
		this.mvc
			.perform(post("/teachers/{id}/leave", teacher).with(csrf())
				.with(this.demo.as(this.f.login("school")))
				.param("leftOn", today.toString()))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select left_on from teacher where id = ?", LocalDate.class, teacher))
			.isEqualTo(today);
		assertThat(this.jdbc.queryForObject("select to_date from teacher_school_period where teacher_id = ?",
				LocalDate.class, teacher))
			.isEqualTo(today);
		this.mvc.perform(get("/schools/{id}/teachers", this.f.schoolA).with(this.demo.as(this.f.login("school"))))
			.andExpect(content().string(containsString("id=\"count-active\">0<")));
		this.mvc.perform(post("/teachers/{id}/return", teacher).with(csrf()).with(this.demo.as(this.f.login("school"))))
			.andExpect(status().is3xxRedirection());
		assertThat(
				count("select count(*) from teacher_school_period where teacher_id = ? and to_date is null", teacher))
			.isEqualTo(1);
	}

}
