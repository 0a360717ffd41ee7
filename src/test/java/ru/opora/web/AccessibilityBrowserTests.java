package ru.opora.web;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Axe;
import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Accessibility: every page of each demo role's main menu (and its home page) checked by
 * axe-core inside headless Chromium. No serious or critical violation is allowed
 * (contrast, names of controls and links, labels, ARIA, document language…). The pages
 * come from the menu itself, so a new menu item is checked without changing this test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AccessibilityBrowserTests {

	@LocalServerPort
	int port;

	Browser browser;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void startBrowser() {
		this.browser = Browser.start(this.port);
	}

	@AfterEach
	void stopBrowser() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "coordinator", "curator", "school", "observer", "admin" })
	void mainPagesOfEachRoleHaveNoSeriousAccessibilityViolations(String login) {
		// an audit entry too wide for the window: the audit log's table box then scrolls
		// sideways (which other tests' entries made happen in some orders only)
		String wide = "accessibility." + "x".repeat(70) + "." + UUID.randomUUID().toString().substring(0, 8);
		this.jdbc.update("insert into audit_event (username, action, details) values (?, 'UPDATE', ?)", wide,
				"y".repeat(400));
		try {
			checkMainPages(login);
		}
		finally {
			this.jdbc.update("delete from audit_event where username = ?", wide);
		}
	}

	void checkMainPages(String login) {
		this.browser.login(login, "demo");
		Set<String> pages = new LinkedHashSet<>();
		pages.add(path(this.browser.driver().getCurrentUrl()));
		for (WebElement link : this.browser.driver()
			.findElements(By.cssSelector("#mainNav a.nav-link[href], #mainNav a.dropdown-item[href]"))) {
			String href = link.getDomAttribute("href");
			if (href != null && href.startsWith("/") && !href.contains("lang=")) {
				pages.add(href);
			}
		}
		assertThat(pages).hasSizeGreaterThan(1);
		List<String> problems = new ArrayList<>();
		for (String page : pages) {
			this.browser.open(page);
			this.browser.waiting()
				.withTimeout(Duration.ofSeconds(20))
				.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
			// HTMX parts that load themselves («load» triggers) settle first
			this.browser.waiting()
				.until((d) -> Boolean.TRUE.equals(((JavascriptExecutor) d)
					.executeScript("return document.querySelectorAll('.htmx-request').length === 0")));
			Axe.seriousViolations(this.browser.driver())
				.forEach((violation) -> problems.add(login + " " + page + " → " + violation));
		}
		assertThat(problems).isEmpty();
	}

	private static String path(String url) {
		String rest = url.substring(url.indexOf("//") + 2);
		return rest.substring(rest.indexOf('/'));
	}

}
