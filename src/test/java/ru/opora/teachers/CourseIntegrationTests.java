package ru.opora.teachers;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The course catalogue: who keeps it (the municipality's coordinator and the
 * administrator), who reads it (everyone of the municipality, the region's observer), and
 * the course page showing teachers' names only to those who see them.
 */
class CourseIntegrationTests extends PortalIntegrationTest {

	CourseFixture f;

	@BeforeEach
	void setUp() {
		this.f = new CourseFixture(this.jdbc);
	}

	MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
		return request.with(this.demo.as("admin".equals(who) ? "admin" : this.f.login(who)));
	}

	@Test
	void theCoordinatorAddsAndEditsACourseOfTheirMunicipality() throws Exception {
		String title = "Финансовая грамотность " + this.f.suffix;
		this.mvc
			.perform(as(post("/courses"), "coord").with(csrf())
				.param("title", title)
				.param("provider", "ЛОИРО")
				.param("hours", "36")
				.param("format", "ONLINE")
				.param("startsOn", "2027-01-10")
				.param("endsOn", "2027-02-10")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		long course = this.jdbc.queryForObject("select id from course where title = ?", Long.class, title);
		assertThat(this.jdbc.queryForObject("select municipality_id from course where id = ?", Long.class, course))
			.isEqualTo(this.f.municipality);
		this.mvc
			.perform(as(post("/courses/{id}", course), "coord").with(csrf())
				.param("version", "0")
				.param("title", title)
				.param("hours", "72")
				.param("format", "BLENDED")
				.param("_active", "on"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForMap("select hours, format, active, provider from course where id = ?", course))
			.containsEntry("hours", 72)
			.containsEntry("format", "BLENDED")
			.containsEntry("active", false)
			.containsEntry("provider", null);
		assertThat(this.jdbc.queryForObject(
				"select count(*) from audit_event where entity_type = 'course' and entity_id = ?", Long.class,
				String.valueOf(course)))
			.isEqualTo(2);
	}

	@Test
	void badInputGivesFormMessagesAndSavesNothing() throws Exception {
		String title = "Курс с ошибками " + this.f.suffix;
		String page = this.mvc
			.perform(as(post("/courses"), "coord").with(csrf())
				.param("title", title)
				.param("hours", "много")
				.param("format", "ONLINE")
				.param("startsOn", "2027-02-10")
				.param("endsOn", "2027-01-10"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Введите целое число.", "Окончание не может быть раньше начала.");
		page = this.mvc.perform(as(post("/courses"), "coord").with(csrf()).param("title", " ").param("hours", "5000"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(page).contains("Заполните это поле.").containsPattern("Значение не может быть больше 2.000");
		assertThat(this.jdbc.queryForObject("select count(*) from course where municipality_id = ?", Long.class,
				this.f.municipality))
			.isZero();
	}

	@Test
	void onlyTheMunicipalitysCoordinatorAndTheAdministratorKeepTheCatalogue() throws Exception {
		long course = this.f.course(this.f.municipality, "Каталожный курс");
		for (String who : List.of("school", "curator", "observer")) {
			this.mvc.perform(as(get("/courses/new"), who)).andExpect(status().isForbidden());
			this.mvc.perform(as(get("/courses/{id}/edit", course), who)).andExpect(status().isForbidden());
			this.mvc
				.perform(as(post("/courses/{id}", course), who).with(csrf())
					.param("version", "0")
					.param("title", "Переименован " + who)
					.param("format", "ONLINE"))
				.andExpect(status().isForbidden());
		}
		// the coordinator of another municipality does not even see it
		this.mvc.perform(as(get("/courses/{id}/edit", course), "coord2")).andExpect(status().isNotFound());
		this.mvc
			.perform(as(post("/courses/{id}", course), "coord2").with(csrf())
				.param("version", "0")
				.param("title", "Переименован coord2")
				.param("format", "ONLINE"))
			.andExpect(status().isNotFound());
		// a coordinator adds only to their own catalogue, whatever the form says
		String title = "Курс для чужого района " + this.f.suffix;
		this.mvc
			.perform(as(post("/courses"), "coord2").with(csrf())
				.param("municipalityId", String.valueOf(this.f.municipality))
				.param("title", title)
				.param("format", "ONLINE"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select municipality_id from course where title = ?", Long.class, title))
			.isEqualTo(this.f.otherMunicipality);
		assertThat(this.jdbc.queryForObject("select title from course where id = ?", String.class, course))
			.startsWith("Каталожный курс");
		// the administrator keeps any catalogue
		this.mvc
			.perform(as(post("/courses/{id}", course), "admin").with(csrf())
				.param("version", "0")
				.param("title", "Переименован администратором " + this.f.suffix)
				.param("format", "ONLINE")
				.param("active", "true"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.jdbc.queryForObject("select title from course where id = ?", String.class, course))
			.startsWith("Переименован администратором");
	}

	@Test
	void theCatalogueIsReadInTheMunicipalityAndTheRegion() throws Exception {
		long course = this.f.course(this.f.municipality, "Видимый курс");
		String title = "Видимый курс " + this.f.suffix;
		for (String who : List.of("coord", "school", "schoolb", "curator", "observer")) {
			assertThat(html(who, "/courses?municipality=" + this.f.municipality)).as(who).contains(title);
			this.mvc.perform(as(get("/courses/{id}", course), who)).andExpect(status().isOk());
		}
		for (String who : List.of("coord2", "foreign")) {
			assertThat(html(who, "/courses?municipality=" + this.f.municipality)).as(who).doesNotContain(title);
			this.mvc.perform(as(get("/courses/{id}", course), who)).andExpect(status().isNotFound());
		}
	}

	@Test
	void theCoursePageShowsNamesOnlyToThoseWhoSeeThem() throws Exception {
		long course = this.f.course(this.f.municipality, "Курс с участниками");
		this.f.enrolment(course, this.f.riskTeacher, "COMPLETED");
		this.f.enrolment(course, this.f.teacherB, "IN_PROGRESS");
		String riskName = "Рискова Анна Петровна " + this.f.suffix;
		String bName = "Соседова Мария Ивановна " + this.f.suffix;
		assertThat(html("coord", "/courses/" + course)).contains(riskName, bName);
		assertThat(html("school", "/courses/" + course)).contains(riskName)
			.doesNotContain(bName)
			.contains("Ещё участников, чьи имена вам не показываются: 1.");
		assertThat(html("curator", "/courses/" + course)).contains(riskName).doesNotContain(bName);
		String observer = html("observer", "/courses/" + course);
		assertThat(observer).doesNotContain(riskName, bName)
			.contains("Ещё участников, чьи имена вам не показываются: 2.");
		assertThat(observer).containsPattern("id=\"count-COMPLETED\"[^>]*>1<");
		String admin = html("admin", "/courses/" + course);
		assertThat(admin).doesNotContain(riskName, bName);
	}

	private String html(String who, String url) throws Exception {
		return this.mvc.perform(as(get(url), who))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString();
	}

}
