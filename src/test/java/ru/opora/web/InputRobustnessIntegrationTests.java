package ru.opora.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Input the portal refuses once, for every page: NUL characters in any parameter or
 * upload file name, requests to upload addresses that are no uploads, a direct
 * {@code /error}, and CSRF tokens in the query string.
 */
class InputRobustnessIntegrationTests extends PortalIntegrationTest {

	static List<String> pagesWithSearch() {
		return List.of("/schools", "/admin/accounts", "/admin/audit");
	}

	@ParameterizedTest(name = "GET {0}?q=a<NUL>b → 400")
	@MethodSource("pagesWithSearch")
	void aNulInASearchIsRefusedWithAReason(String url) throws Exception {
		String user = url.startsWith("/admin") ? "admin" : "coordinator";
		MvcResult result = this.mvc.perform(get(url).param("q", "a\u0000b").with(this.demo.as(user)))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(result.getRequest().getAttribute(RequestInputFilter.REASON_ATTRIBUTE)).isEqualTo("error.input.nul");
	}

	@Test
	void aNulInAFormFieldChangesNothing() throws Exception {
		long school = this.demo.school("Жидкинская ООШ");
		String name = this.jdbc.queryForObject("select name from school where id = ?", String.class, school);
		this.mvc
			.perform(post("/schools/{id}", school).with(this.demo.as("coordinator"))
				.with(csrf())
				.param("name", "Новое\u0000имя")
				.param("shortName", "Жидкинская ООШ"))
			.andExpect(status().isBadRequest());
		assertThat(this.jdbc.queryForObject("select name from school where id = ?", String.class, school))
			.isEqualTo(name);
		this.mvc
			.perform(post("/schools/{id}", school).with(this.demo.as("coordinator")).with(csrf()).param("x\u0000", "1"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aNulInAnUploadFileNameIsRefused() throws Exception {
		long school = this.demo.school("Жидкинская ООШ");
		MvcResult result = this.mvc.perform(multipart("/schools/{s}/documents", school)
			.file(new MockMultipartFile("file", "Концепция\u0000.pdf", "application/pdf",
					"%PDF-1.4".getBytes(StandardCharsets.US_ASCII)))
			.param("kind", "CONCEPT")
			.with(this.demo.as("school"))
			.with(csrf())).andExpect(status().isBadRequest()).andReturn();
		assertThat(result.getRequest().getAttribute(RequestInputFilter.REASON_ATTRIBUTE)).isEqualTo("error.input.nul");
	}

	static List<String> uploadAddresses() {
		return List.of("/schools/1/documents", "/documents/999999/versions", "/roadmaps/999999/import",
				"/roadmaps/999999/items/1/files", "/analysis/import/results", "/analysis/import/passports",
				"/programmes/999999/profiles/import");
	}

	@ParameterizedTest(name = "url-encoded POST {0} → refused or explained, never 500")
	@MethodSource("uploadAddresses")
	void aPostThatIsNoUploadIsABadRequest(String url) throws Exception {
		for (String user : List.of("school", "coordinator", "admin", "observer")) {
			int status = this.mvc
				.perform(post(url).with(this.demo.as(user))
					.with(csrf())
					.contentType(MediaType.APPLICATION_FORM_URLENCODED)
					.param("comment", "без файла"))
				.andReturn()
				.getResponse()
				.getStatus();
			// 200: the import page itself says that no file came
			assertThat(status).as(user + " " + url).isIn(200, 400, 403, 404);
		}
	}

	@Test
	void aDirectRequestForTheErrorPageIsNotFound() throws Exception {
		this.mvc.perform(get("/error")).andExpect(status().isNotFound());
		this.mvc.perform(get("/error").with(this.demo.as("coordinator"))).andExpect(status().isNotFound());
	}

	@Test
	void aCsrfTokenIsAcceptedInTheBodyButNotInTheQueryString() throws Exception {
		this.mvc.perform(post("/notifications/read-all?_csrf=anything").with(this.demo.as("school")))
			.andExpect(status().isForbidden());
		// a valid token, but in the query string
		this.mvc.perform(post("/notifications/read-all").with(this.demo.as("school")).with(csrf()).with((request) -> {
			String token = request.getParameter("_csrf");
			request.removeParameter("_csrf");
			request.setQueryString("_csrf=" + token);
			request.addParameter("_csrf", token);
			return request;
		})).andExpect(status().isForbidden());
		this.mvc.perform(post("/notifications/read-all").with(this.demo.as("school")).with(csrf()))
			.andExpect(status().is3xxRedirection());
		this.mvc.perform(post("/notifications/read-all").with(this.demo.as("school")).with(csrf().asHeader()))
			.andExpect(status().is3xxRedirection());
	}

}
