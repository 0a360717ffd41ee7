package ru.opora.web;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The portal in a real headless Chromium (Debian's chromium and chromium-driver): log in,
 * filter the school list with HTMX, open a card whose curators load with HTMX under the
 * Content-Security-Policy, and be refused another school. In CI (CI=true or
 * -Dopora.browser.required=true) a missing browser fails the test instead of skipping it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

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

	@Test
	void coordinatorBrowsesSchoolsAndASchoolIsRefusedAnotherSchool() {
		WebDriver driver = this.browser.driver();
		WebDriverWait wait = this.browser.waiting();

		this.browser.open("/");
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(this.browser.text()).contains("Вход в портал").contains("Логин").contains("Пароль");
		this.browser.login("coordinator", "demo");
		assertThat(this.browser.text()).contains("Муниципалитет: Балейский район").contains("Без куратора");

		driver.findElement(By.linkText("Школы")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("results"), "Ундино-Посельская СОШ"));
		driver.findElement(By.id("q")).sendKeys("жидкинская");
		// HTMX replaces the results without reloading the page
		wait.until((d) -> d.findElement(By.id("results")).getText().lines().anyMatch("Найдено: 1"::equals));
		assertThat(driver.findElement(By.id("results")).getText()).contains("Жидкинская ООШ")
			.doesNotContain("Ундино-Посельская СОШ");
		assertThat(driver.getCurrentUrl()).contains("q=");

		driver.findElement(By.linkText("Жидкинская ООШ")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("curators"), "Исаева Ксения Николаевна"));
		assertThat(this.browser.text()).contains("МКОУ «Жидкинская ООШ»")
			.contains("Расстояние до районного центра")
			.contains("50 км")
			.contains("Малокомплектная школа");
		this.browser.assertNoSecurityPolicyViolations();

		this.browser.logout();
		this.browser.login("school", "demo");
		assertThat(this.browser.text()).contains("МКОУ «Жидкинская ООШ»").contains("Григорьева Наталья Ивановна");
		long undino = this.jdbc.queryForObject("select id from school where short_name = 'Ундино-Посельская СОШ'",
				Long.class);
		this.browser.open("/schools/" + undino);
		assertThat(this.browser.text()).contains("Доступ запрещён")
			.doesNotContain("Ундино-Посельская")
			.doesNotContain("Попов");
		this.browser.open("/schools");
		assertThat(driver.findElement(By.id("results")).getText()).contains("Жидкинская ООШ")
			.doesNotContain("Ундино-Посельская СОШ");
		this.browser.assertNoSecurityPolicyViolations();
		this.browser.logout();
	}

}
