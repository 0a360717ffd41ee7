package ru.opora.web;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The portal in a real headless Chromium (Debian's chromium and chromium-driver): log in,
 * filter the school list with HTMX, open a card whose curators load with HTMX under the
 * Content-Security-Policy, and be refused another school. In CI (CI=true or
 * -Dopora.browser.required=true) a missing browser fails the test instead of skipping it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class PortalBrowserTests {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		boolean required = Boolean.getBoolean("opora.browser.required") || "true".equals(System.getenv("CI"));
		Optional<Path> chromium = firstExisting("/usr/bin/chromium", "/usr/bin/chromium-browser",
				"/usr/bin/google-chrome");
		Optional<Path> chromedriver = firstExisting("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver");
		if (chromium.isEmpty() || chromedriver.isEmpty()) {
			if (required) {
				fail("Chromium and chromedriver are required here: apt-get install -y chromium chromium-driver");
			}
			assumeTrue(false, "Chromium or chromedriver not installed: browser test skipped outside CI");
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(chromium.get().toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
				"--disable-quic", "--lang=ru-RU", "--window-size=1280,900");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void coordinatorBrowsesSchoolsAndASchoolIsRefusedAnotherSchool() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));

		open("/");
		assertThat(driver.getCurrentUrl()).endsWith("/login");
		assertThat(text()).contains("Вход в портал").contains("Логин").contains("Пароль");
		login("coordinator", "demo");
		assertThat(text()).contains("Муниципалитет: Балейский район").contains("Жидкинская ООШ");

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
		assertThat(text()).contains("МКОУ «Жидкинская ООШ»")
			.contains("Расстояние до районного центра")
			.contains("50 км")
			.contains("Малокомплектная школа");
		assertNoSecurityPolicyViolations();

		logout(wait);
		login("school", "demo");
		assertThat(text()).contains("МКОУ «Жидкинская ООШ»").contains("Григорьева Наталья Ивановна");
		long undino = this.jdbc.queryForObject("select id from school where short_name = 'Ундино-Посельская СОШ'",
				Long.class);
		open("/schools/" + undino);
		assertThat(text()).contains("Доступ запрещён").doesNotContain("Ундино-Посельская").doesNotContain("Попов");
		open("/schools");
		assertThat(driver.findElement(By.id("results")).getText()).contains("Жидкинская ООШ")
			.doesNotContain("Ундино-Посельская СОШ");
		assertNoSecurityPolicyViolations();
		logout(wait);
	}

	private void login(String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		// the next page must be there before its text is read
		new WebDriverWait(driver, Duration.ofSeconds(15))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void logout(WebDriverWait wait) {
		driver.findElement(By.cssSelector(".navbar .dropdown-toggle")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Выйти']"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Вы вышли из портала."));
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String text() {
		return new WebDriverWait(driver, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> d.findElement(By.tagName("body")).getText());
	}

	private static void assertNoSecurityPolicyViolations() {
		List<String> violations = driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((m) -> m.contains("Content Security Policy") || m.contains("Refused to"))
			.toList();
		assertThat(violations).isEmpty();
	}

	private static Optional<Path> firstExisting(String... candidates) {
		for (String candidate : candidates) {
			Path path = Path.of(candidate);
			if (Files.isExecutable(path)) {
				return Optional.of(path);
			}
		}
		return Optional.empty();
	}

}
