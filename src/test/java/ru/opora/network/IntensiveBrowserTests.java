package ru.opora.network;

import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium: the coordinator plans a day and adds a session proposed
 * from the common deficits, a mentee school registers participants, a participant answers
 * the day's satisfaction link without an account, and the results show the answer.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntensiveBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	Clock clock;

	Browser browser;

	@AfterEach
	void quit() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	void click(By by) {
		var element = this.browser.driver().findElement(by);
		((JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	@Test
	void planRegisterAnswerAndSeeTheResults() {
		IntensiveFixture f = new IntensiveFixture(this.jdbc);
		this.jdbc.update("""
				update app_user set password_hash = (select password_hash from app_user where username = 'gatchina')
				where username in (?, ?)""", f.coordinator, f.schoolB);
		long factor = this.jdbc.queryForObject("select id from risk_factor where catalogue_year = 2022 and number = 3",
				Long.class);
		long profile = this.jdbc.queryForObject("""
				insert into risk_profile (programme_year_id, school_id, source) values (?, ?, 'IMPORT') returning id""",
				Long.class, f.programmeYear, f.menteeB);
		this.jdbc.update("""
				insert into risk_profile_factor (profile_id, risk_factor_id, significance, source_significance)
				values (?, ?, 'HIGH', 'HIGH')""", profile, factor);
		LocalDate date = LocalDate.now(this.clock).plusDays(14);

		this.browser = Browser.start(this.port);
		var driver = this.browser.driver();
		var js = (JavascriptExecutor) driver;
		this.browser.login(f.coordinator, "demo");
		this.browser.open("/networks/" + f.network + "/intensives");
		js.executeScript("document.getElementById('heldOn').value = arguments[0];", date.toString());
		driver.findElement(By.cssSelector("#plan-day #title")).sendKeys("День образовательных интенсивов");
		driver.findElement(By.cssSelector("#plan-day #place")).sendKeys("Гимназия № 9, актовый зал");
		click(By.id("plan-day-submit"));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("proposals")));
		assertThat(this.browser.text()).contains("День запланирован").contains("1 из 2");

		click(By.cssSelector("#proposals a.btn"));
		this.browser.waiting()
			.until(ExpectedConditions.attributeContains(By.cssSelector("#session-form #topic"), "value",
					"компетентность"));
		new Select(driver.findElement(By.cssSelector("#session-form #group"))).selectByValue("TEACHERS");
		new Select(driver.findElement(By.cssSelector("#session-form #hostSchoolId")))
			.selectByValue(String.valueOf(f.mentorA));
		driver.findElement(By.cssSelector("#session-form #room")).sendKeys("каб. 21");
		click(By.id("add-session"));
		this.browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.id("sessions"), "у 1"));
		long day = this.jdbc.queryForObject("select id from intensive_day where network_id = ?", Long.class, f.network);
		long session = this.jdbc.queryForObject("select id from intensive_session where day_id = ?", Long.class, day);

		click(By.id("open-survey"));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("survey-url")));
		String link = driver.findElement(By.id("survey-url")).getText();
		assertThat(link).contains("/survey/intensive/");
		this.browser.assertNoSecurityPolicyViolations();
		this.browser.logout();

		this.browser.login(f.schoolB, "demo");
		this.browser.open("/networks/" + f.network + "/intensives/" + day);
		click(By.id("register-" + session));
		this.browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("registration-form")));
		driver.findElement(By.id("teachers")).clear();
		driver.findElement(By.id("teachers")).sendKeys("4");
		click(By.id("register-submit"));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Запись сохранена"));
		assertThat(driver.findElement(By.id("registrations")).getText()).contains("Наставляемая Б");
		this.browser.logout();

		driver.get(link);
		click(By.id("s" + session + "-5"));
		driver.findElement(By.id("c" + session)).sendKeys("Полезный разбор уроков");
		click(By.id("submit-answers"));
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Ответы сохранены"));

		this.browser.login(f.coordinator, "demo");
		this.browser.open("/networks/" + f.network + "/intensives/" + day + "/results");
		assertThat(driver.findElement(By.id("session-results")).getText()).contains("5,00")
			.contains("Полезный разбор уроков");
		this.browser.assertNoSecurityPolicyViolations();
	}

}
