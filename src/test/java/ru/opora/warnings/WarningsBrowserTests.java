package ru.opora.warnings;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;
import ru.opora.support.MutableClock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a school of the test's own is made to stall (its documents are
 * overdue), the job runs; the coordinator finds it on «Раннее предупреждение» with its
 * reason and the link to act, and the school sees its warning at the top of its home
 * page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class WarningsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	WarningJob job;

	Browser browser;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start(this.port);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCoordinatorSeesAStallingSchoolAndTheSchoolSeesItsWarning() {
		LocalDate today = this.clock.today();
		WarningFixture f = new WarningFixture(this.jdbc);
		long school = f.school("Стоп", today);
		f.programme(school, today.minusDays(2), today.minusDays(10));
		this.job.run();
		String name = "Стоп " + f.tag;

		this.browser.login(f.coordinator, "demo");
		this.browser.open("/warnings");
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("warning-school-" + school)));
		String row = this.browser.driver().findElement(By.id("warning-school-" + school)).getText();
		assertThat(row).contains(name).contains("внимание").contains("Просрочены документы").contains("Перейти");
		this.browser.driver().findElement(By.cssSelector("#warning-school-" + school + " .warning-reason a")).click();
		this.browser.waiting().until(ExpectedConditions.urlContains("/schools/" + school + "/documents"));
		this.browser.logout();

		this.browser.login(f.schoolUser("Стоп"), "demo");
		this.browser.open("/");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("school-warnings"),
					"Раннее предупреждение"));
		assertThat(this.browser.driver().findElement(By.id("school-warnings")).getText())
			.contains("Просрочены документы");
		this.browser.assertNoSecurityPolicyViolations();
	}

}
