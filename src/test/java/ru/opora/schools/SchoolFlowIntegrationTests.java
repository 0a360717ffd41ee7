package ru.opora.schools;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

class SchoolFlowIntegrationTests extends PortalIntegrationTest {

	@Test
	void coordinatorCreatesASchoolInTheirOwnMunicipalityAndTheChangeIsAudited() throws Exception {
		this.mvc
			.perform(post("/schools").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("name", "МКОУ «Тестовая ООШ» «ёлочки»")
				.param("shortName", "Тестовая ООШ")
				.param("type", "OOSH")
				.param("settlement", "RURAL")
				.param("distanceKm", "12")
				.param("students", "40")
				// a coordinator cannot slip a school into another municipality
				.param("municipalityId", String.valueOf(municipalityOf("Сусанинская СОШ"))))
			.andExpect(status().isFound());
		Long id = this.jdbc.queryForObject("select id from school where short_name = 'Тестовая ООШ'", Long.class);
		assertThat(this.jdbc.queryForObject("select municipality_id from school where id = ?", Long.class, id))
			.isEqualTo(municipalityOf("Жидкинская ООШ"));
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where entity_type = 'School' and entity_id = ? and action = 'CREATE'",
				String.class, String.valueOf(id)))
			.contains("name: — → «МКОУ «Тестовая ООШ» «ёлочки»»");
		String card = this.mvc.perform(get("/schools/{id}", id).with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(card).contains("МКОУ «Тестовая ООШ» «ёлочки»").contains("12 км");
	}

	@Test
	void badInputShowsRussianMessagesAndSavesNothing() throws Exception {
		Integer before = this.jdbc.queryForObject("select count(*) from school", Integer.class);
		this.mvc
			.perform(post("/schools").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("name", "")
				.param("shortName", "x".repeat(200))
				.param("type", "NOT_A_TYPE")
				.param("settlement", "RURAL")
				.param("students", "много")
				.param("teachers", "-5")
				.param("email", "не почта"))
			.andExpect(status().isOk())
			.andExpect(view().name("schools/form"))
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "NotBlank"))
			.andExpect(model().attributeHasFieldErrorCode("form", "shortName", "Size"))
			.andExpect(model().attributeHasFieldErrorCode("form", "type", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "students", "typeMismatch"))
			.andExpect(model().attributeHasFieldErrorCode("form", "teachers", "Min"))
			.andExpect(model().attributeHasFieldErrorCode("form", "email", "Email"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Заполните это поле.")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Введите целое число.")))
			// what the user typed is kept
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"" + "x".repeat(200) + "\"")))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("value=\"не почта\"")));
		assertThat(this.jdbc.queryForObject("select count(*) from school", Integer.class)).isEqualTo(before);
	}

	@Test
	void duplicateNameInTheMunicipalityIsAFormError() throws Exception {
		this.mvc
			.perform(post("/schools").with(this.demo.as("coordinator"))
				.with(csrf())
				.param("name", "мкоу «жидкинская ооШ»")
				.param("shortName", "Дубль")
				.param("type", "OOSH")
				.param("settlement", "RURAL"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("form", "name", "schools.form.nameTaken"));
	}

	@Test
	void aStaleVersionIsRefusedWithTheConflictPage() throws Exception {
		long id = this.demo.school("Ильинская СОШ");
		long version = this.jdbc.queryForObject("select version from school where id = ?", Long.class, id);
		this.mvc.perform(update(id, version, "Ильинская СОШ (ред.)")).andExpect(status().isFound());
		// a second editor still holds the old version
		this.mvc.perform(update(id, version, "Ильинская СОШ (другая правка)"))
			.andExpect(status().isConflict())
			.andExpect(view().name("error/409"))
			.andExpect(content().string(org.hamcrest.Matchers.containsString("Данные уже изменены")));
		assertThat(this.jdbc.queryForObject("select short_name from school where id = ?", String.class, id))
			.isEqualTo("Ильинская СОШ (ред.)");
		assertThat(this.jdbc.queryForObject(
				"select details from audit_event where entity_type = 'School' and entity_id = ? and action = 'UPDATE' order by id desc limit 1",
				String.class, String.valueOf(id)))
			.contains("shortName: «Ильинская СОШ» → «Ильинская СОШ (ред.)»");
	}

	@Test
	void searchIsCaseInsensitiveForCyrillicAndTreatsWildcardsLiterally() throws Exception {
		String found = this.mvc.perform(get("/schools").param("q", "ЖИДКИНСКАЯ").with(this.demo.as("coordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(found).contains("Жидкинская ООШ").contains("Найдено: 1");
		String none = this.mvc.perform(get("/schools").param("q", "%").with(this.demo.as("coordinator")))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(none).contains("Найдено: 0");
	}

	@Test
	void htmxFilterReturnsOnlyTheResultsFragment() throws Exception {
		String fragment = this.mvc.perform(
				get("/schools").param("type", "NOSH").header("HX-Request", "true").with(this.demo.as("coordinator")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(fragment).contains("Матусовская НОШ").doesNotContain("<html").doesNotContain("Жидкинская ООШ");
	}

	@Test
	void garbagePageAndFilterValuesDoNotBreakTheList() throws Exception {
		this.mvc.perform(get("/schools").param("page", "-3").with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/schools").param("page", "99999999").with(this.demo.as("coordinator")))
			.andExpect(status().isOk());
		this.mvc.perform(get("/schools").param("page", "abc").with(this.demo.as("coordinator")))
			.andExpect(status().isBadRequest())
			.andExpect(view().name("error/400"));
		this.mvc.perform(get("/schools/abc").with(this.demo.as("coordinator"))).andExpect(status().isBadRequest());
	}

	private org.springframework.test.web.servlet.RequestBuilder update(long id, long version, String shortName) {
		return post("/schools/{id}", id).with(this.demo.as("coordinator"))
			.with(csrf())
			.param("name", "МКОУ «Ильинская СОШ»")
			.param("shortName", shortName)
			.param("type", "SOSH")
			.param("settlement", "RURAL")
			.param("version", String.valueOf(version));
	}

	private long municipalityOf(String shortName) {
		return this.jdbc.queryForObject("select municipality_id from school where short_name = ?", Long.class,
				shortName);
	}

}
