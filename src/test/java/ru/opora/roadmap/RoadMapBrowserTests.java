package ru.opora.roadmap;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The coordinator edits the municipal road map in a real headless Chromium: adds a row,
 * edits two cells with the keyboard, moves the row, deletes one and brings it back,
 * deletes it for good, all without the page reloading (a marker set on {@code window}
 * survives); then the exported XLSX, fetched in the same session, holds the same rows as
 * the page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class RoadMapBrowserTests {

	static WebDriver driver;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeAll
	static void startBrowser() {
		driver = Browser.newDriver(1400, 900);
	}

	@AfterAll
	static void stopBrowser() {
		if (driver != null) {
			driver.quit();
		}
	}

	@Test
	void coordinatorEditsTheMunicipalRoadMapInPlace() throws Exception {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		long map = this.jdbc.queryForObject("""
				select m.id from road_map m join programme_year p on p.id = m.programme_year_id
				where p.title = '500+ 2022' and m.school_id is null""", Long.class);
		open("/login");
		driver.findElement(By.id("username")).sendKeys("coordinator");
		driver.findElement(By.id("password")).sendKeys("demo");
		click(By.cssSelector("form button[type=submit]"));
		wait.until(ExpectedConditions.urlMatches(".*/$"));
		open("/roadmaps/" + map);
		assertThat(text()).contains("Муниципальная дорожная карта").contains("Подготовительный этап");
		js().executeScript("window.rmMarker = 'same page';");

		// add a row at the end of the first section: its first cell gets the focus
		int rows = rowIds().size();
		click(driver.findElements(By.cssSelector(".rm-add-end")).get(0));
		wait.until((d) -> rowIds().size() == rows + 1);
		long item = this.jdbc.queryForObject("select max(id) from road_map_item where road_map_id = ?", Long.class,
				map);
		By action = By.id("cell-" + item + "-action");
		wait.until((d) -> ("cell-" + item + "-action").equals(activeId()));
		// keyboard: Enter opens the editor, typing, Enter saves
		driver.switchTo().activeElement().sendKeys(Keys.ENTER);
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cell-" + item + "-action .rm-input")));
		// type only once the editor has the focus (the script gives it after inserting
		// it)
		wait.until((d) -> editorFocused("#cell-" + item + "-action"));
		driver.switchTo().activeElement().sendKeys("Семинар из браузера", Keys.ENTER);
		wait.until(ExpectedConditions.textToBePresentInElementLocated(action, "Семинар из браузера"));
		assertThat(driver.findElements(By.cssSelector("#cell-" + item + "-action .rm-input"))).isEmpty();

		// click a cell, type, leave it with Tab: the blur saves
		click(By.id("cell-" + item + "-due"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cell-" + item + "-due .rm-input")));
		// type only once the editor has the focus (the script gives it after inserting
		// it)
		wait.until((d) -> editorFocused("#cell-" + item + "-due"));
		driver.switchTo().activeElement().sendKeys("январь–февраль", Keys.TAB);
		wait.until(
				ExpectedConditions.textToBePresentInElementLocated(By.id("cell-" + item + "-due"), "январь–февраль"));
		// Esc cancels an edit
		click(By.id("cell-" + item + "-due"));
		wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cell-" + item + "-due .rm-input")));
		// type only once the editor has the focus (the script gives it after inserting
		// it)
		wait.until((d) -> editorFocused("#cell-" + item + "-due"));
		driver.switchTo().activeElement().sendKeys(" лишнее", Keys.ESCAPE);
		wait.until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#cell-" + item + "-due .rm-input"), 0));
		assertThat(driver.findElement(By.id("cell-" + item + "-due")).getText()).isEqualTo("январь–февраль");

		// move it up one place
		int index = rowIds().indexOf("item-" + item);
		click(By.cssSelector("#item-" + item + " .rm-up"));
		wait.until((d) -> rowIds().indexOf("item-" + item) == index - 1);

		// delete (confirm), bring back, delete again
		click(By.cssSelector("#item-" + item + " .rm-delete"));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.id("item-" + item), 0));
		click(By.id("rm-undo-button"));
		wait.until(ExpectedConditions.numberOfElementsToBe(By.id("item-" + item), 1));
		assertThat(rowIds().indexOf("item-" + item)).isEqualTo(index - 1);
		click(By.cssSelector("#item-" + item + " .rm-delete"));
		wait.until(ExpectedConditions.alertIsPresent()).accept();
		wait.until(ExpectedConditions.numberOfElementsToBe(By.id("item-" + item), 0));

		// the history shows the changes
		click(By.id("rm-history-button"));
		wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rm-history"), "Семинар из браузера"));

		// never reloaded
		assertThat(js().executeScript("return window.rmMarker;")).isEqualTo("same page");
		assertNoSecurityPolicyViolations();

		// the export, fetched in this session, has the rows of the page
		List<String> pageActions = new ArrayList<>();
		for (WebElement row : rows()) {
			pageActions.add(row.findElement(By.cssSelector("td[id$='-action']")).getText().strip());
		}
		String base64 = (String) ((JavascriptExecutor) driver).executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch('/roadmaps/%d/export.xlsx').then(r => r.arrayBuffer()).then(b => {
				  var s = ''; var bytes = new Uint8Array(b);
				  for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
				  done(btoa(s));
				});""".formatted(map));
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(Base64.getDecoder().decode(base64)))) {
			Sheet sheet = book.getSheetAt(0);
			List<String> exported = new ArrayList<>();
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && row.getCell(1) != null) {
					exported.add(row.getCell(1).getStringCellValue().strip());
				}
			}
			assertThat(exported).containsExactlyElementsOf(pageActions);
		}
	}

	private static void click(By by) {
		click(driver.findElement(by));
	}

	private static void click(WebElement element) {
		js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private static List<WebElement> rows() {
		return driver.findElements(By.cssSelector("tr.rm-row"));
	}

	@SuppressWarnings("unchecked")
	private static List<String> rowIds() {
		// read in the page in one go: the table may be swapped between two WebDriver
		// calls
		return (List<String>) js()
			.executeScript("return Array.from(document.querySelectorAll('tr.rm-row')).map((r) => r.id);");
	}

	private static boolean editorFocused(String cell) {
		return Boolean.TRUE.equals(js().executeScript(
				"return document.activeElement != null && document.activeElement.matches(arguments[0] + ' .rm-input')",
				cell));
	}

	private static String activeId() {
		return driver.switchTo().activeElement().getAttribute("id");
	}

	private static JavascriptExecutor js() {
		return (JavascriptExecutor) driver;
	}

	private void open(String path) {
		driver.get("http://localhost:" + this.port + path);
	}

	private static String text() {
		return driver.findElement(By.tagName("body")).getText();
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

}
