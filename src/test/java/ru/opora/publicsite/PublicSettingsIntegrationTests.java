package ru.opora.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.files.FileService;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The settings of the public page: only the municipality's own coordinator changes them
 * (audited, the cached page is dropped at once); the observer of the region reads them;
 * everyone else is refused.
 */
class PublicSettingsIntegrationTests extends PortalIntegrationTest {

	@Autowired
	private FileService files;

	@Autowired
	private TransactionTemplate tx;

	@Autowired
	private PublicPageCache cache;

	private PublicFixture f;

	@BeforeEach
	void setUp() {
		this.cache.clear();
		this.f = new PublicFixture(this.jdbc, this.files, this.tx);
	}

	@Test
	void coordinatorChangesTheSettingsAuditedAndThePageFollowsAtOnce() throws Exception {
		// the page is cached with the schools shown
		assertThat(body(get("/public/" + this.f.slug))).contains(this.f.name("Школа Альфа"));
		MockHttpServletResponse form = this.mvc
			.perform(get("/public-settings").with(this.demo.as(this.f.login("coord"))))
			.andReturn()
			.getResponse();
		assertThat(form.getStatus()).isEqualTo(200);
		String html = form.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("value=\"" + this.f.slug + "\"", "Открыть публичную страницу",
				"/public/" + this.f.slug);
		long version = this.jdbc.queryForObject("select version from public_page where municipality_id = ?", Long.class,
				this.f.municipality);
		String newSlug = "n-" + this.f.suffix;
		MockHttpServletResponse saved = this.mvc
			.perform(settings(newSlug, version, Map.of("enabled", "true", "programmes", "true", "documents", "true"))
				.with(this.demo.as(this.f.login("coord"))))
			.andReturn()
			.getResponse();
		assertThat(saved.getStatus()).isEqualTo(302);
		assertThat(this.jdbc.queryForObject(
				"select slug || ' ' || show_schools || ' ' || show_documents from public_page where municipality_id = ?",
				String.class, this.f.municipality))
			.isEqualTo(newSlug + " false true");
		assertThat(this.jdbc.queryForObject("""
				select details from audit_event where entity_type = 'PublicPage' and entity_id = ?
				order by id desc limit 1""", String.class, String.valueOf(this.f.municipality)))
			.contains("slug: «" + this.f.slug + "» → «" + newSlug + "»", "schools: «true» → «false»");
		// the old address is gone, the new one shows the page without the schools
		assertThat(this.mvc.perform(get("/public/" + this.f.slug)).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		// (the school's name stays only as the author of its public document)
		assertThat(body(get("/public/" + newSlug))).contains("Программа " + this.f.suffix, "id=\"documents\"")
			.doesNotContain("id=\"schools\"", this.f.name("Школа Бета"));
		// closing the page
		this.mvc.perform(settings(newSlug, version + 1, Map.of()).with(this.demo.as(this.f.login("coord"))))
			.andReturn();
		assertThat(this.mvc.perform(get("/public/" + newSlug)).andReturn().getResponse().getStatus()).isEqualTo(404);
	}

	@Test
	void badOrTakenSlugIsRefusedWithAMessage() throws Exception {
		long version = this.jdbc.queryForObject("select version from public_page where municipality_id = ?", Long.class,
				this.f.municipality);
		for (String slug : new String[] { "baley", "Плохой адрес", "x" }) {
			MockHttpServletResponse response = this.mvc
				.perform(settings(slug, version, Map.of("enabled", "true")).with(this.demo.as(this.f.login("coord"))))
				.andReturn()
				.getResponse();
			assertThat(response.getStatus()).as(slug).isEqualTo(200);
			assertThat(response.getContentAsString(StandardCharsets.UTF_8)).as(slug)
				.containsAnyOf("Этот адрес уже занят", "Адрес: от 2 до 40 знаков");
		}
		assertThat(this.jdbc.queryForObject("select slug from public_page where municipality_id = ?", String.class,
				this.f.municipality))
			.isEqualTo(this.f.slug);
	}

	@Test
	void observerReadsOthersAreRefused() throws Exception {
		MockHttpServletResponse observer = this.mvc
			.perform(get("/public-settings").param("municipality", String.valueOf(this.f.municipality))
				.with(this.demo.as(this.f.login("observer"))))
			.andReturn()
			.getResponse();
		assertThat(observer.getStatus()).isEqualTo(200);
		assertThat(observer.getContentAsString(StandardCharsets.UTF_8)).contains("value=\"" + this.f.slug + "\"",
				"<fieldset disabled", "Изменяет настройки координатор");
		// the observer and the other municipality's coordinator cannot change the page
		long version = this.jdbc.queryForObject("select version from public_page where municipality_id = ?", Long.class,
				this.f.municipality);
		assertThat(this.mvc
			.perform(settings("x-" + this.f.suffix, version, Map.of()).with(this.demo.as(this.f.login("observer"))))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(403);
		for (String who : new String[] { "othercoord", "otherobserver", "schoola" }) {
			int status = this.mvc
				.perform(get("/public-settings").param("municipality", String.valueOf(this.f.municipality))
					.with(this.demo.as(this.f.login(who))))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(who).isEqualTo(403);
		}
		assertThat(this.jdbc.queryForObject("select slug || ' ' || enabled from public_page where municipality_id = ?",
				String.class, this.f.municipality))
			.isEqualTo(this.f.slug + " true");
	}

	private MockHttpServletRequestBuilder settings(String slug, long version, Map<String, String> on) {
		MockHttpServletRequestBuilder request = post("/public-settings").with(csrf())
			.param("slug", slug)
			.param("version", String.valueOf(version));
		on.forEach(request::param);
		return request;
	}

	private String body(MockHttpServletRequestBuilder request) throws Exception {
		MockHttpServletResponse response = this.mvc.perform(request).andReturn().getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		return response.getContentAsString(StandardCharsets.UTF_8);
	}

}
