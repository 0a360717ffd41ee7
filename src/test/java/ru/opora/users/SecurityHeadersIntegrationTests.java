package ru.opora.users;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.MvcResult;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Security headers every page carries, pages that satisfy the Content-Security-Policy (no
 * inline script or style), and a new session id after login.
 */
class SecurityHeadersIntegrationTests extends PortalIntegrationTest {

	static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bsrc=)[^>]*>", Pattern.CASE_INSENSITIVE);

	static final Pattern INLINE_HANDLER_OR_STYLE = Pattern.compile("\\s(on[a-z]+|style)=\"", Pattern.CASE_INSENSITIVE);

	@Test
	void pagesCarryTheSecurityHeaders() throws Exception {
		this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Security-Policy", SecurityConfig.CONTENT_SECURITY_POLICY))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andExpect(header().string("X-Frame-Options", "SAMEORIGIN"))
			.andExpect(header().string("Referrer-Policy", "same-origin"));
	}

	@Test
	void pagesHaveNoInlineScriptsHandlersOrStyles() throws Exception {
		String[][] pages = { { "anonymous", "/login" }, { "coordinator", "/" }, { "coordinator", "/schools" },
				{ "coordinator", "/assignments" }, { "coordinator", "/programmes" }, { "school", "/documents" },
				{ "curator", "/review" }, { "admin", "/admin/accounts" }, { "admin", "/admin/audit" },
				{ "observer", "/" } };
		for (String[] page : pages) {
			var request = get(page[1]);
			if (!"anonymous".equals(page[0])) {
				request.with(this.demo.as(page[0]));
			}
			MvcResult result = this.mvc.perform(request).andReturn();
			if (result.getResponse().getStatus() == 302) {
				result = this.mvc.perform(get(result.getResponse().getRedirectedUrl()).with(this.demo.as(page[0])))
					.andReturn();
			}
			String html = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).as(page[1]).contains("</html>");
			assertThat(INLINE_SCRIPT.matcher(html).find()).as("inline script on " + page[1]).isFalse();
			assertThat(INLINE_HANDLER_OR_STYLE.matcher(html).find()).as("inline handler or style on " + page[1])
				.isFalse();
		}
	}

	@Test
	void loginIssuesANewSessionCookie() throws Exception {
		MvcResult page = this.mvc.perform(get("/login")).andReturn();
		jakarta.servlet.http.Cookie before = page.getResponse().getCookie("SESSION");
		assertThat(before).isNotNull();
		MvcResult login = this.mvc
			.perform(post("/login").cookie(before).with(csrf()).param("username", "observer").param("password", "demo"))
			.andExpect(status().isFound())
			.andReturn();
		jakarta.servlet.http.Cookie after = login.getResponse().getCookie("SESSION");
		assertThat(after).isNotNull();
		assertThat(after.getValue()).isNotEqualTo(before.getValue());
		// HttpOnly and SameSite come from the servlet container's session cookie config,
		// which
		// MockMvc does not apply (checked against the real server with curl, see
		// docs/architecture.md)
	}

}
