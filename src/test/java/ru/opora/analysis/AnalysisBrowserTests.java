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
 * In a real headless Chromium: the coordinator imports the demo results file, sees the
 * report, then the scatter chart and the groups of «Анализ школ», under the
 * Content-Security-Policy.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AnalysisBrowserTests {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() {
		driver = HeadlessChromium.start();
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
	}

	private void login(String username, String password) {
		driver.findElement(By.id("username")).sendKeys(username);
		driver.findElement(By.id("password")).sendKeys(password);
		driver.findElement(By.cssSelector("form button[type=submit]")).click();
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

}
