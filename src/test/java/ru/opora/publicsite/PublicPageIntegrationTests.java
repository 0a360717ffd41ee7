package ru.opora.publicsite;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.support.TransactionTemplate;

import ru.opora.files.FileService;
import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/**
 * The public page of a municipality: its aggregates (hand-computed on the fixture), the
 * sections the coordinator switches off, 404 for closed and unknown pages, the headers
 * (strict CSP, cache, no cookie), the JSON blocks with CORS, and public documents.
 */
class PublicPageIntegrationTests extends PortalIntegrationTest {

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

	@AfterEach
	void tearDown() {
		FixedPublicIndicators.LINES.remove(this.f.municipality);
	}

	@Test
	void pageShowsTheHandComputedAggregatesOfTheOpenProgrammes() throws Exception {
		FixedPublicIndicators.LINES.put(this.f.municipality,
				List.of(new PublicIndicatorLine("4.1", "Доля школ " + this.f.suffix, "40 %", "50 %", "близко")));
		MockHttpServletResponse response = page("/public/" + this.f.slug);
		assertThat(response.getStatus()).isEqualTo(200);
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Район " + this.f.suffix, "Регион " + this.f.suffix, "Программа " + this.f.suffix)
			.doesNotContain("Закрытая " + this.f.suffix);
		// participants 2; documents: 2 approved of 4 → 50 %; road map: 3 of 4 filled-in
		// measures done → 75 % (the blank row does not count)
		assertThat(text(html, "participants")).isEqualTo("2");
		assertThat(text(html, "documents-share")).contains("50 %", "2 из 4");
		assertThat(text(html, "road-map")).contains("75 %", "3 из 4");
		assertThat(html).contains(this.f.name("Школа Альфа"), this.f.name("Школа Бета"))
			.doesNotContain(this.f.name("Школа Гамма"), this.f.name("Школа Чужая"));
		// the public document, and no other
		assertThat(html).contains("/public/" + this.f.slug + "/documents/" + this.f.publicDocument)
			.doesNotContain("/documents/" + this.f.privateApproved + "\"")
			.doesNotContain("/documents/" + this.f.foreignPublic + "\"");
		// events: date, kind, title; nothing cancelled, held or beyond 90 days
		assertThat(html).contains("01.12.2026", "Интенсив " + this.f.suffix, "20.11.2026", "Семинар " + this.f.suffix)
			.doesNotContain("Отменённый " + this.f.suffix, "Прошедший " + this.f.suffix, "Далёкий " + this.f.suffix);
		assertThat(html.indexOf("20.11.2026")).isLessThan(html.indexOf("01.12.2026"));
		// indicators from the SPI
		assertThat(html).contains("Доля школ " + this.f.suffix, "близко");
		// no person
		assertThat(html).doesNotContain("Пользователев", "Директорова", "Иванова", "Актовый зал");
		// the numeric id is the same page
		assertThat(page("/public/" + this.f.municipality).getContentAsString(StandardCharsets.UTF_8))
			.contains("Программа " + this.f.suffix, "75 %");
		// English on request
		assertThat(page("/public/" + this.f.slug + "?lang=en").getContentAsString(StandardCharsets.UTF_8))
			.contains("Upcoming events", "2 of 4");
	}

	@Test
	void sectionsSwitchedOffAreNotShown() throws Exception {
		this.jdbc.update("""
				update public_page set show_schools = false, show_documents = false, show_road_map = false,
				show_events = false, show_indicators = false where municipality_id = ?""", this.f.municipality);
		FixedPublicIndicators.LINES.put(this.f.municipality,
				List.of(new PublicIndicatorLine("1", "Показатель " + this.f.suffix, "1", "1", "достигнут")));
		String html = page("/public/" + this.f.slug).getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).contains("Программа " + this.f.suffix);
		assertThat(text(html, "participants")).isEqualTo("2");
		assertThat(html).doesNotContain(this.f.name("Школа Альфа"), "documents-share", "road-map", "id=\"events\"",
				"Интенсив " + this.f.suffix, "/documents/", "Показатель " + this.f.suffix);
		this.cache.clear();
		this.jdbc.update("update public_page set show_programmes = false where municipality_id = ?",
				this.f.municipality);
		assertThat(page("/public/" + this.f.slug).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("Программа " + this.f.suffix, "id=\"programmes\"");
	}

	@Test
	void indicatorsSectionIsHiddenWithoutLines() throws Exception {
		String html = page("/public/" + this.f.slug).getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("id=\"indicators\"");
	}

	@Test
	void closedAndUnknownPagesAreNotFound() throws Exception {
		assertThat(page("/public/no-such-" + this.f.suffix).getStatus()).isEqualTo(404);
		assertThat(page("/public/999999999").getStatus()).isEqualTo(404);
		assertThat(page("/public/" + this.f.otherMunicipality).getStatus()).isEqualTo(404);
		assertThat(page("/public/Bad_Slug!").getStatus()).isEqualTo(404);
		this.jdbc.update("update public_page set enabled = false where municipality_id = ?", this.f.municipality);
		this.cache.clear();
		MockHttpServletResponse closed = page("/public/" + this.f.slug);
		assertThat(closed.getStatus()).isEqualTo(404);
		assertThat(closed.getContentAsString(StandardCharsets.UTF_8)).contains("Страница не найдена")
			.doesNotContain("Район " + this.f.suffix);
		assertThat(page("/public/" + this.f.slug + "/summary.json").getStatus()).isEqualTo(404);
		assertThat(page("/public/" + this.f.slug + "/documents/" + this.f.publicDocument).getStatus()).isEqualTo(404);
	}

	@Test
	void headersAreStrictAndTheAnswerIsCacheable() throws Exception {
		MockHttpServletResponse response = page("/public/" + this.f.slug + "?lang=en");
		String csp = response.getHeader("Content-Security-Policy");
		assertThat(csp).isEqualTo(PublicSecurityConfig.CONTENT_SECURITY_POLICY)
			.contains("default-src 'none'", "frame-ancestors 'none'")
			.doesNotContain("unsafe", "script-src", "*");
		assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
		assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
		assertThat(response.getHeader("Cache-Control")).isEqualTo("public, max-age=60");
		assertThat(response.getHeader("Set-Cookie")).isNull();
		assertThat(response.getCookies()).isEmpty();
		String etag = response.getHeader("ETag");
		assertThat(etag).startsWith("\"");
		assertThat(this.mvc.perform(get("/public/" + this.f.slug + "?lang=en").header("If-None-Match", etag))
			.andReturn()
			.getResponse()
			.getStatus()).isEqualTo(304);
		// no inline script or style on the page
		String html = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(html).doesNotContain("<script", "style=", "<style");
	}

	@Test
	void jsonBlocksCarryAggregatesAndCors() throws Exception {
		MockHttpServletResponse summary = page("/public/" + this.f.slug + "/summary.json");
		assertThat(summary.getStatus()).isEqualTo(200);
		assertThat(summary.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(summary.getContentType()).startsWith("application/json");
		String json = summary.getContentAsString(StandardCharsets.UTF_8);
		assertThat(json)
			.contains("\"documentsApproved\":2", "\"documentsTotal\":4", "\"documentsApprovedPercent\":50",
					"\"roadMapPercentDone\":75", "\"participants\":2", "Интенсив " + this.f.suffix)
			.doesNotContain("Пользователев", "Директорова", "Иванова");
		MockHttpServletResponse school = page("/public/" + this.f.slug + "/schools/" + this.f.schoolA + ".json");
		assertThat(school.getStatus()).isEqualTo(200);
		assertThat(school.getHeader("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(school.getContentAsString(StandardCharsets.UTF_8)).contains(this.f.name("Школа Альфа"),
				"\"documentsApproved\":1", "\"documentsTotal\":2", "\"title\":\"Концепция развития\"",
				"/public/" + this.f.slug + "/documents/" + this.f.publicDocument);
		assertThat(page("/public/" + this.f.slug + "/schools/" + this.f.schoolC + ".json").getStatus()).isEqualTo(404);
		assertThat(page("/public/" + this.f.slug + "/schools/" + this.f.foreign + ".json").getStatus()).isEqualTo(404);
	}

	@Test
	void onlyDocumentsMarkedPublicDownload() throws Exception {
		MockHttpServletResponse ok = page("/public/" + this.f.slug + "/documents/" + this.f.publicDocument);
		assertThat(ok.getStatus()).isEqualTo(200);
		assertThat(ok.getContentType()).isEqualTo("application/pdf");
		assertThat(new String(ok.getContentAsByteArray(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		for (long other : new long[] { this.f.privateApproved, this.f.submitted, this.f.foreignPublic, 999999999L }) {
			assertThat(page("/public/" + this.f.slug + "/documents/" + other).getStatus()).as("document %d", other)
				.isEqualTo(404);
		}
		// the school itself removes it from the page (audited); then it is gone
		this.mvc
			.perform(post("/documents/{id}/public", this.f.publicDocument).param("public", "false")
				.with(this.demo.as(this.f.login("schoola")))
				.with(csrf()))
			.andReturn();
		assertThat(this.jdbc.queryForObject("select published_at is null from document where id = ?", Boolean.class,
				this.f.publicDocument))
			.isTrue();
		assertThat(this.jdbc.queryForObject(
				"""
						select count(*) from audit_event where entity_type = 'Document' and entity_id = ? and details like 'public:%'""",
				Integer.class, String.valueOf(this.f.publicDocument)))
			.isEqualTo(1);
		assertThat(page("/public/" + this.f.slug + "/documents/" + this.f.publicDocument).getStatus()).isEqualTo(404);
		assertThat(page("/public/" + this.f.slug).getContentAsString(StandardCharsets.UTF_8))
			.doesNotContain("/documents/" + this.f.publicDocument + "\"");
	}

	@Test
	void onlyTheSchoolItselfMarksAnApprovedDocumentPublic() throws Exception {
		// another school, the coordinator: refused
		for (String who : new String[] { "schoola", "coord" }) {
			int status = this.mvc
				.perform(post("/documents/{id}/public", this.f.privateApproved).param("public", "true")
					.with(this.demo.as(this.f.login(who)))
					.with(csrf()))
				.andReturn()
				.getResponse()
				.getStatus();
			assertThat(status).as(who).isEqualTo(403);
		}
		// a document not approved: refused with a message, nothing saved
		this.mvc
			.perform(post("/documents/{id}/public", this.f.submitted).param("public", "true")
				.with(this.demo.as(this.f.login("schoola")))
				.with(csrf()))
			.andReturn();
		assertThat(this.jdbc.queryForObject("select published_at is null from document where id = ?", Boolean.class,
				this.f.submitted))
			.isTrue();
		// the school's own approved document
		this.mvc
			.perform(post("/documents/{id}/public", this.f.privateApproved).param("public", "true")
				.with(this.demo.as(this.f.login("schoolb")))
				.with(csrf()))
			.andReturn();
		assertThat(page("/public/" + this.f.slug + "/documents/" + this.f.privateApproved).getStatus()).isEqualTo(200);
		assertThat(page("/public/" + this.f.slug).getContentAsString(StandardCharsets.UTF_8))
			.contains("/documents/" + this.f.privateApproved + "\"");
		// the document page shows the switch to its school only
		assertThat(this.mvc
			.perform(get("/documents/{id}", this.f.privateApproved).with(this.demo.as(this.f.login("schoolb"))))
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"publicity\"", "Убрать с публичной страницы");
	}

	private MockHttpServletResponse page(String url) throws Exception {
		return this.mvc.perform(get(url)).andReturn().getResponse();
	}

	/** The text of the first element with the class, tags removed. */
	static String text(String html, String cssClass) {
		int start = html.indexOf("class=\"" + cssClass);
		assertThat(start).as("element ." + cssClass).isGreaterThanOrEqualTo(0);
		int open = html.indexOf('>', start) + 1;
		int close = html.indexOf("</dd>", open);
		if (close < 0 || html.substring(open, close).contains("<dd")) {
			close = html.indexOf('<', open);
		}
		return html.substring(open, close).replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip();
	}

}
