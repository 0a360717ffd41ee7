package ru.opora.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;

import ru.opora.support.PortalIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The menu's items are rendered once per menu state and language and reused
 * ({@link NavigationDialect}): each page still marks its own active item, each role sees
 * its own items in its own language, and what is the user's or the request's (name, CSRF
 * token of the logout form) is never taken from another page.
 */
class MenuCacheIntegrationTests extends PortalIntegrationTest {

	private static final Pattern NAV_LINK = Pattern.compile("<a class=\"(nav-link[^\"]*)\"([^>]*)>");

	private static final Pattern ID = Pattern.compile(" id=\"(nav-[^\"]*)\"");

	private static final Pattern HREF = Pattern.compile(" href=\"([^\"]*)\"");

	private static final Pattern LOGOUT_TOKEN = Pattern.compile(
			"<form action=\"/logout\" method=\"post\"[^>]*><input type=\"hidden\" name=\"_csrf\" value=\"([^\"]+)\"");

	private static final Pattern META_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

	@Test
	void eachPageMarksItsOwnActiveItemWhenTheMenuComesFromTheCache() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		for (int round = 0; round < 2; round++) {
			assertThat(active(body("coordinator", "/schools/" + zhidka))).containsExactly("/schools");
			assertThat(active(body("coordinator", "/programmes"))).containsExactly("/programmes");
			assertThat(active(body("coordinator", "/"))).containsExactly("/");
			assertThat(active(body("coordinator", "/warnings"))).containsExactly("nav-monitoring");
			assertThat(active(body("coordinator", "/notifications"))).isEmpty();
			assertThat(active(body("admin", "/admin/audit"))).containsExactly("nav-reference");
		}
	}

	@Test
	void eachRoleSeesItsOwnItems() throws Exception {
		long zhidka = this.demo.school("Жидкинская ООШ");
		for (int round = 0; round < 2; round++) {
			assertThat(items(body("coordinator", "/schools/" + zhidka))).containsExactly("/", "/schools", "/programmes",
					"/networks", "/teachers", "/review", "/analysis", "nav-monitoring", "/indicators", "/warnings",
					"/assignments");
			assertThat(items(body("school", "/schools/" + zhidka))).containsExactly("/", "/programmes", "/networks",
					"/teachers", "/documents");
			assertThat(items(body("curator", "/programmes"))).containsExactly("/", "/schools", "/programmes",
					"/networks", "/teachers", "/review");
			assertThat(items(body("observer", "/programmes"))).containsExactly("/", "/schools", "/programmes",
					"/networks", "/teachers", "/analysis", "nav-monitoring", "/indicators", "/warnings");
			assertThat(items(body("admin", "/programmes"))).startsWith("/schools", "/programmes")
				.contains("/admin/accounts", "nav-reference", "/admin/audit")
				.doesNotContain("/");
		}
	}

	@Test
	void theMenuIsInTheUsersLanguage() throws Exception {
		String russian = body("coordinator", "/programmes");
		String english = english("coordinator", "/programmes");
		assertThat(russian).contains(">Школы</a>", ">Программы</a>").doesNotContain(">Schools</a>");
		assertThat(english).contains(">Schools</a>", ">Programmes</a>").doesNotContain(">Школы</a>");
		assertThat(body("coordinator", "/programmes")).contains(">Школы</a>");
		assertThat(active(english)).containsExactly("/programmes");
	}

	@Test
	void theUsersNameAndTheLogoutFormsTokenAreThePagesOwn() throws Exception {
		String first = body("coordinator", "/programmes");
		String second = body("coordinator", "/programmes");
		String curator = body("curator", "/programmes");
		assertThat(token(LOGOUT_TOKEN, first)).isEqualTo(token(META_TOKEN, first));
		assertThat(token(LOGOUT_TOKEN, second)).isEqualTo(token(META_TOKEN, second))
			.isNotEqualTo(token(LOGOUT_TOKEN, first));
		assertThat(token(LOGOUT_TOKEN, curator)).isEqualTo(token(META_TOKEN, curator));
		String coordinatorName = fullName("coordinator");
		String curatorName = fullName("curator");
		assertThat(first).contains(coordinatorName).doesNotContain(curatorName);
		assertThat(curator).contains(curatorName).doesNotContain(coordinatorName);
	}

	private String english(String user, String path) throws Exception {
		return this.mvc.perform(get(path).with(this.demo.as(user)).cookie(new Cookie("opora-lang", "en")))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}

	private String fullName(String username) {
		return this.jdbc.queryForObject("select full_name from app_user where username = ?", String.class, username);
	}

	private static String token(Pattern pattern, String html) {
		Matcher m = pattern.matcher(html);
		assertThat(m.find()).as(pattern.pattern()).isTrue();
		return m.group(1);
	}

	/** The left menu's links (href, or id of a drop-down toggle) in order. */
	private static List<String> items(String html) {
		List<String> items = new ArrayList<>();
		Matcher m = NAV_LINK.matcher(leftMenu(html));
		while (m.find()) {
			items.add(target(m.group(2)));
		}
		Matcher dropdown = Pattern.compile("<a class=\"dropdown-item\"[^>]*href=\"([^\"]*)\"").matcher(leftMenu(html));
		List<String> withDropdowns = new ArrayList<>();
		for (String item : items) {
			withDropdowns.add(item);
			if (item.startsWith("nav-")) {
				int from = leftMenu(html).indexOf("aria-labelledby=\"" + item + "\"");
				int to = leftMenu(html).indexOf("</ul>", from);
				dropdown.region(from, to);
				while (dropdown.find()) {
					withDropdowns.add(dropdown.group(1));
				}
			}
		}
		return withDropdowns;
	}

	private static List<String> active(String html) {
		List<String> active = new ArrayList<>();
		Matcher m = NAV_LINK.matcher(leftMenu(html));
		while (m.find()) {
			if (m.group(1).contains(" active")) {
				active.add(target(m.group(2)));
			}
		}
		return active;
	}

	/** A toggle's id, else the link's address. */
	private static String target(String attributes) {
		Matcher id = ID.matcher(attributes);
		if (id.find()) {
			return id.group(1);
		}
		Matcher href = HREF.matcher(attributes);
		assertThat(href.find()).as(attributes).isTrue();
		return href.group(1);
	}

	private static String leftMenu(String html) {
		int start = html.indexOf("<ul class=\"navbar-nav me-auto\">");
		assertThat(start).as("the menu").isNotNegative();
		int end = html.indexOf("<ul class=\"navbar-nav align-items-lg-center\">", start);
		return html.substring(start, end);
	}

}
