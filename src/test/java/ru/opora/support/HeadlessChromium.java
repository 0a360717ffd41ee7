package ru.opora.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts Debian's headless Chromium for the browser tests. Outside CI a missing browser
 * skips the test; in CI (CI=true or -Dopora.browser.required=true) it fails it.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static WebDriver start() {
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
				"--disable-quic", "--lang=ru-RU", "--window-size=1280,1000");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return driver;
	}

	/**
	 * Messages of the browser console about the Content-Security-Policy or refused
	 * resources, and script errors.
	 */
	public static List<String> problems(WebDriver driver) {
		return driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter((e) -> e.getLevel().intValue() >= Level.SEVERE.intValue()
					|| e.getMessage().contains("Content Security Policy") || e.getMessage().contains("Refused to"))
			.map(LogEntry::getMessage)
			.filter((m) -> !m.contains("favicon"))
			.toList();
	}

	/**
	 * Saves a screenshot under target/screenshots (for looking at a failed run).
	 */
	public static void screenshot(WebDriver driver, String name) {
		try {
			Path dir = Path.of("target/screenshots");
			Files.createDirectories(dir);
			Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
		}
		catch (Exception ex) {
			// a screenshot is a convenience only
		}
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
