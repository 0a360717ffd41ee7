package ru.opora.web;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;
import ru.opora.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The layout's head, navigation bar and footer written in Java ({@link PageChrome}): the
 * user's own name (escaped), role and unread count, the request's CSRF token in the head
 * and the logout form, the language switch, the static files' versioned links, and no
 * navigation bar for a visitor who is not logged in.
 */
class PageChromeIntegrationTests extends PortalIntegrationTest {

	private static final Pattern LOGOUT_TOKEN = Pattern.compile(
			"<form action=\"/logout\" method=\"post\" class=\"px-3\"><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"/>");

	private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\">");

	@Test
	void theNavigationBarShowsTheUsersEscapedNameRoleAndUnreadCount() throws Exception {
		String username = TestData.unique("chrome");
		long user = this.jdbc.queryForObject("""
				insert into app_user (username, password_hash, full_name, role, region_id, municipality_id)
				select ?, 'x', ?, 'COORDINATOR', region_id, municipality_id from app_user where username = 'coordinator'
				returning id""", Long.class, username, "Кузнецова <b>&\"' А.");
		for (int i = 0; i < 3; i++) {
			this.jdbc.update("insert into notification (user_id, message_key) values (?, 'x.y')", user);
		}

		String html = body(username, "/programmes");

		String escaped = "Кузнецова &lt;b&gt;&amp;&quot;&#39; А.";
		assertThat(html).contains("id=\"user-menu\"\n             title=\"" + escaped + "\">")
			.contains("<span class=\"d-block text-truncate\" title=\"" + escaped + "\">" + escaped + "</span>")
			.contains("<small class=\"d-block text-truncate text-white-50\">Муниципальный координатор</small>")
			.contains("<span class=\"badge rounded-pill text-bg-warning\">3</span>")
			.contains("<a class=\"dropdown-item\" href=\"/public-settings\">")
			.doesNotContain("<b>&");

		this.jdbc.update("update notification set read_at = now() where user_id = ?", user);
		assertThat(body(username, "/programmes")).doesNotContain("text-bg-warning");
	}

	@Test
	void aSchoolSeesNoPublicPageSettingsAndTheTokenIsTheRequestsOwn() throws Exception {
		String first = body("school", "/programmes");
		String second = body("school", "/programmes");

		assertThat(first).doesNotContain("/public-settings").contains(">Сменить пароль</a>", ">Выйти</button>");
		assertThat(token(LOGOUT_TOKEN, first)).isEqualTo(token(META_TOKEN, first))
			.isNotEqualTo(token(LOGOUT_TOKEN, second));
		assertThat(first).contains("<meta name=\"_csrf_header\" content=\"X-CSRF-TOKEN\">");
	}

	@Test
	void theLanguageSwitchAndTheTextsFollowTheLocale() throws Exception {
		String russian = body("coordinator", "/programmes");
		String english = this.mvc
			.perform(get("/programmes").with(this.demo.as("coordinator")).cookie(new Cookie("opora-lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(russian).contains("<html lang=\"ru\">", "<a class=\"dropdown-item\" href=\"?lang=en\">English</a>",
				">Перейти к содержанию</a>", "<div class=\"container-xl\">Портал поддержки школ</div>");
		assertThat(english).contains("<html lang=\"en\">", "href=\"?lang=ru\">")
			.doesNotContain(">Перейти к содержанию</a>", "Портал поддержки школ");
	}

	@Test
	void theStaticFilesAreLinkedWithTheirVersionedPaths() throws Exception {
		String html = body("coordinator", "/programmes");

		assertThat(html)
			.containsPattern("<link rel=\"stylesheet\" href=\"/webjars/bootstrap/[0-9.]+/css/bootstrap.min.css\">")
			.containsPattern("<script src=\"/webjars/bootstrap/[0-9.]+/js/bootstrap.bundle.min.js\"></script>")
			.containsPattern("<script src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min.js\"></script>")
			.contains("<link rel=\"icon\" href=\"/img/favicon.svg\" type=\"image/svg+xml\">",
					"<script src=\"/js/opora.js\"></script>", "<a class=\"navbar-brand fw-semibold\" href=\"/\">");
	}

	@Test
	void aVisitorWhoIsNotLoggedInGetsTheSkipLinkButNoNavigationBar() throws Exception {
		String html = this.mvc.perform(get("/login"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);

		assertThat(html).contains("<a class=\"visually-hidden-focusable\" href=\"#content\">", "<meta name=\"_csrf\"")
			.doesNotContain("<nav ", "user-menu", "/logout");
	}

	private static String token(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

}
