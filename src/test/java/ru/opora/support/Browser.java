package ru.opora.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium from Debian's chromium and chromium-driver packages, driven by
 * Selenium (no browser download). In CI (CI=true or -Dopora.browser.required=true) a
 * missing browser fails the test; elsewhere the test is skipped.
 */
public final class Browser {

	private final WebDriver driver;

	private final int port;

	private Browser(WebDriver driver, int port) {
		this.driver = driver;
		this.port = port;
	}

	public static Browser start(int port) {
		return new Browser(newDriver(1280, 900), port);
	}

	/**
	 * A new headless Chromium window of the given size (the shared start-up of every
	 * browser test).
	 */
	public static WebDriver newDriver(int width, int height) {
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
				"--disable-quic", "--lang=ru-RU", "--window-size=" + width + "," + height);
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(chromedriver.get().toFile())
			.usingAnyFreePort()
			.build();
		WebDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
		return driver;
	}

	public WebDriver driver() {
		return this.driver;
	}

	public WebDriverWait waiting() {
		return new WebDriverWait(this.driver, Duration.ofSeconds(15));
	}

	public void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
	}

	public String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	public void login(String username, String password) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(username);
		this.driver.findElement(By.id("password")).sendKeys(password);
		clickWhenFree(this.driver.findElement(By.cssSelector("form button[type=submit]")));
		// wait for the page after the login, so that the next navigation does not race
		// with it
		waiting().until((d) -> !d.getCurrentUrl().contains("/login"));
		waiting().until((d) -> "complete"
			.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

	/**
	 * Clicks an element once the page has loaded and the element, scrolled to the middle
	 * of the window, is clickable (under load a pointer click at the window's edge could
	 * land while the page was still settling).
	 */
	public void click(By by) {
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) this.driver;
		waiting().until((d) -> "complete".equals(js.executeScript("return document.readyState")));
		WebElement element = this.driver.findElement(by);
		js.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
		clickWhenFree(waiting().until(ExpectedConditions.elementToBeClickable(element)));
	}

	/**
	 * A pointer click that is tried again while another element still lies over the
	 * target: «clickable» only means displayed and enabled, and under load a fading alert
	 * or a page still laying out can take the click for a moment (seen as
	 * {@link ElementClickInterceptedException}). Any other failure is not retried.
	 */
	private void clickWhenFree(WebElement element) {
		waiting().ignoring(ElementClickInterceptedException.class).until((d) -> {
			element.click();
			return true;
		});
	}

	public void logout() {
		// through the DOM: a page scrolled to an anchor may still be moving when a
		// pointer
		// click would land
		org.openqa.selenium.JavascriptExecutor js = (org.openqa.selenium.JavascriptExecutor) this.driver;
		waiting().until((d) -> "complete".equals(js.executeScript("return document.readyState")));
		js.executeScript("window.scrollTo(0, 0); arguments[0].click()", this.driver.findElement(By.id("user-menu")));
		WebElement exit = waiting()
			.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[text()='Выйти']")));
		js.executeScript("arguments[0].click()", exit);
		waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Вы вышли из портала."));
	}

	public void assertNoSecurityPolicyViolations() {
		List<String> violations = this.driver.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.map(LogEntry::getMessage)
			.filter((m) -> m.contains("Content Security Policy") || m.contains("Refused to"))
			.toList();
		assertThat(violations).isEmpty();
	}

	public void quit() {
		this.driver.quit();
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
