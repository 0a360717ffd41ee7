package ru.opora.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/**
 * Starts Debian's headless Chromium for the browser tests. Outside CI a missing browser
 * skips the test; in CI (CI=true or -Dopora.browser.required=true) it fails it.
 */
public final class HeadlessChromium {

	private HeadlessChromium() {
	}

	public static WebDriver start() {
		return Browser.newDriver(1280, 1000);
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

}
