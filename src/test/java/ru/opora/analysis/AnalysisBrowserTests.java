package ru.opora.analysis;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import ru.opora.support.HeadlessChromium;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real headless Chromium, under the Content-Security-Policy: the coordinator imports
 * the demo results file, sees the report, the scatter chart and the groups of «Анализ
 * школ»; the school and its curator verify a risk profile and the school chooses two
 * factors.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisBrowserTests {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		driver = HeadlessChromium.start();
	}

	@org.junit.jupiter.api.BeforeEach
	void loggedOut() {
		driver.manage().deleteAllCookies();
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 1000));
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void coordinatorImportsTheDemoResultsAndSeesTheChartAndTheGroups() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		open("/login");
		login("coordinator", "demo");
		driver.findElement(By.linkText("Анализ школ")).click();
		wait.until(ExpectedConditions.titleContains("Анализ школ"));
		driver.findElement(By.linkText("Загрузить данные")).click();
		wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file-results")));
		Path file = Path.of("docs/demo/baley-results-2025.csv").toAbsolutePath();
		driver.findElement(By.id("file-results")).sendKeys(file.toString());
		driver.findElement(By.id("upload-results")).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("import-report"), "загружен"));
		String report = driver.findElement(By.id("import-report")).getText();
		HeadlessChromium.screenshot(driver, "analysis-import");
		// the demo database holds the same figures: the re-import changes nothing
		assertThat(report).contains("Файл «baley-results-2025.csv» загружен").contains("Добавлено: 0, изменено: 0");

		driver.findElement(By.linkText("Анализ школ")).click();
		wait.until((d) -> d.findElement(By.id("analysis-chart")).getAttribute("data-points") != null);
		assertThat(driver.findElement(By.id("analysis-chart")).getAttribute("data-points")).isEqualTo("13");
		String groups = driver.findElement(By.id("group-counts")).getText();
		assertThat(groups).contains("Сильные").contains("Резильентные").contains("Зона риска").contains("ШНОР + ШФНСУ");
		assertThat(driver.findElement(By.id("analysis-table")).getText()).contains("Жидкинская ООШ")
			.contains("стабильно низкие");
		HeadlessChromium.screenshot(driver, "analysis-overview");
		assertThat(HeadlessChromium.problems(driver)).isEmpty();

		open(driver.findElement(By.linkText("Жидкинская ООШ"))
			.getAttribute("href")
			.replaceFirst("^https?://[^/]+", ""));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "ИСБШ ="));
		assertThat(driver.findElement(By.tagName("body")).getText()).contains("Группа «ШНОР + ШФНСУ»");
		HeadlessChromium.screenshot(driver, "analysis-school");
		assertThat(HeadlessChromium.problems(driver)).isEmpty();
		logout(wait);
	}

	/**
	 * The curator changes a significance with a reason and confirms; the school confirms
	 * too and then chooses two factors («500+ 2026», Жидкинская ООШ, curator2).
	 */
	@Test
	void schoolAndCuratorVerifyAProfileAndTheSchoolChoosesTwoFactors() {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
		long year = this.jdbc.queryForObject("select id from programme_year where title = '500+ 2026'", Long.class);
		long zhidka = this.jdbc.queryForObject("select id from school where short_name = 'Жидкинская ООШ'", Long.class);
		long factor9 = this.jdbc.queryForObject("select id from risk_factor where catalogue_year = 2026 and number = 9",
				Long.class);
		String profile = "/programmes/" + year + "/schools/" + zhidka + "/profile";
		// the profile is a long page: a tall window keeps every control on screen
		driver.manage().window().setSize(new org.openqa.selenium.Dimension(1280, 4200));

		open("/login");
		login("curator2", "demo");
		open(profile);
		assertThat(text()).contains("Рисковый профиль школы").contains("Импорт профиля федеральной диагностики");
		click(By.cssSelector("#factor-9 details summary"));
		new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("significance-" + factor9)))
			.selectByVisibleText("Высокая");
		driver.findElement(By.id("reason-" + factor9)).sendKeys("На встрече с родителями пришли единицы");
		click(By.cssSelector("#factor-9 details button[type=submit]"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Значимость изменена"));
		assertThat(driver.findElement(By.id("factor-9")).getText()).contains("Изменено куратором (было «Средняя»)");
		click(By.id("confirm-profile"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"), "Куратор подтвердил"));
		HeadlessChromium.screenshot(driver, "profile-curator");
		logout(wait);

		login("school", "demo");
		open(profile);
		click(By.id("confirm-profile"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("verification"),
				"Профиль подтверждён школой и куратором."));
		// exactly factors 3 and 9 (the demo year already carries choices made before the
		// profile existed)
		for (int number = 1; number <= 10; number++) {
			boolean wanted = number == 3 || number == 9;
			if (driver.findElement(By.id("choose-" + number)).isSelected() != wanted) {
				click(By.id("choose-" + number));
			}
		}
		click(By.id("save-choice"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
				"Выбор факторов риска сохранён."));
		assertThat(driver.findElement(By.id("factor-3")).getText()).contains("в работе");
		assertThat(driver.findElement(By.id("factor-9")).getText()).contains("в работе");
		assertThat(this.jdbc.queryForObject(
				"select count(*) from risk_factor_choice where programme_year_id = ? and school_id = ?", Integer.class,
				year, zhidka))
			.isEqualTo(2);
		HeadlessChromium.screenshot(driver, "profile-school");
		assertThat(HeadlessChromium.problems(driver)).isEmpty();
		logout(wait);
	}

	/**
	 * Scrolls the element to the middle of the window first, clear of the navigation bar.
	 */
	private static void click(By locator) {
		org.openqa.selenium.WebElement element = driver.findElement(locator);
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) driver;
		js.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// headless Chromium sometimes reports a stale position for elements far down
			// a page
			js.executeScript("arguments[0].click();", element);
		}
	}

	private String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	private void logout(WebDriverWait wait) {
		driver.findElement(By.id("user-menu")).click();
		wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Выйти']"))).click();
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Вы вышли из портала."));
	}

	private void login(String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
		new WebDriverWait(driver, Duration.ofSeconds(20))
			.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}
