package ru.opora.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The places where users stumbled (issue 13), tried again in headless Chromium at 1400
 * px: an impossible deadline is refused in the cell with the import's rule; the counters
 * of «Документы школ» stay the same under a filter; the analysis table and the chart show
 * the same share under the same name; a refused choice of factors keeps the ticks;
 * histories and versions show people's names, not logins; exports have Russian file
 * names. Screenshots of the changed pages go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class StumblingPointsBrowserTests {

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	WebDriver driver;

	WebDriverWait wait;

	long year2022;

	@BeforeEach
	void setUp() {
		this.driver = Browser.newDriver(1400, 1000);
		this.wait = new WebDriverWait(this.driver, java.time.Duration.ofSeconds(20));
		this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
		this.year2022 = this.jdbc.queryForObject(
				"select id from programme_year where title = '500+ 2022' and created_by = 'coordinator'", Long.class);
	}

	@AfterEach
	void tearDown() {
		if (this.driver != null) {
			this.driver.quit();
		}
	}

	@Test
	void anImpossibleDeadlineIsRefusedInTheCellAndTheHistoryNamesPeople() throws Exception {
		login("coordinator");
		long map = this.jdbc.queryForObject("""
				select m.id from road_map m where m.programme_year_id = ? and m.school_id is null""", Long.class,
				this.year2022);
		open("/roadmaps/" + map);
		String progressBefore = sectionProgress();

		// «+ строка»: an empty row does not change the progress
		int rows = rowIds().size();
		click(this.driver.findElements(By.cssSelector(".rm-add-end")).get(0));
		this.wait.until((d) -> rowIds().size() == rows + 1);
		long item = this.jdbc.queryForObject("select max(id) from road_map_item where road_map_id = ?", Long.class,
				map);
		assertThat(sectionProgress()).isEqualTo(progressBefore);

		// 31.02.2027: refused in the cell, nothing saved
		click(By.id("cell-" + item + "-due"));
		this.wait
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#cell-" + item + "-due .rm-input")));
		this.driver.switchTo().activeElement().sendKeys("31.02.2027", Keys.ENTER);
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(
				By.cssSelector("#cell-" + item + "-due .invalid-feedback"), "Такой даты нет"));
		Map<String, Object> saved = this.jdbc.queryForMap("select due_date, due_text from road_map_item where id = ?",
				item);
		assertThat(saved.get("due_date")).isNull();
		assertThat(saved.get("due_text")).isNull();
		screenshot("roadmap-refused-date");
		// the user's text stays in the editor to be corrected
		WebElement input = this.driver.findElement(By.cssSelector("#cell-" + item + "-due .rm-input"));
		assertThat(input.getAttribute("value")).isEqualTo("31.02.2027");
		input.sendKeys(Keys.chord(Keys.CONTROL, "a"), "28.02.2027", Keys.ENTER);
		this.wait
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id("cell-" + item + "-due"), "28.02.2027"));

		// the status editor shows whole labels
		click(By.id("cell-" + item + "-status"));
		this.wait.until(ExpectedConditions
			.presenceOfElementLocated(By.cssSelector("#cell-" + item + "-status select.rm-input")));
		WebElement select = this.driver.findElement(By.cssSelector("#cell-" + item + "-status select.rm-input"));
		assertThat(((Number) js().executeScript("return arguments[0].scrollWidth - arguments[0].clientWidth;", select))
			.intValue()).isLessThanOrEqualTo(0);
		assertThat(select.getSize().getWidth()).isGreaterThanOrEqualTo(150);
		screenshot("roadmap-status-editor");
		this.driver.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		this.wait.until(ExpectedConditions
			.numberOfElementsToBe(By.cssSelector("#cell-" + item + "-status select.rm-input"), 0));

		// the history names the person and the row number the table shows
		int number = rowIds().indexOf("item-" + item) + 1;
		click(By.id("rm-history-button"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("rm-history"), "28.02.2027"));
		String history = this.driver.findElement(By.id("rm-history")).getText();
		assertThat(history).contains("Лаврентьева Ольга Петровна")
			.contains("«Сроки реализации»")
			.contains("(строка № " + number + ")");
		List<WebElement> who = this.driver.findElements(By.cssSelector("#rm-history tr.rm-change td:nth-child(2)"));
		assertThat(who).extracting(WebElement::getText).doesNotContain("coordinator");
		// times carry their time zone
		assertThat(this.driver.findElement(By.cssSelector("#rm-history tr.rm-change td")).getText()).contains("(МСК)");
		screenshot("roadmap-history");

		// drag and drop: the row, dropped on the upper half of the first row, moves to
		// the
		// top in one request
		js().executeScript("""
				var handle = document.querySelector('#item-' + arguments[0] + ' td.rm-num');
				var target = document.querySelector('#rm-table tr.rm-row');
				var dt = new DataTransfer();
				handle.dispatchEvent(new DragEvent('dragstart', { bubbles: true, dataTransfer: dt }));
				var box = target.getBoundingClientRect();
				var at = { bubbles: true, cancelable: true, dataTransfer: dt, clientY: box.top + 2 };
				target.dispatchEvent(new DragEvent('dragover', at));
				target.dispatchEvent(new DragEvent('drop', at));
				handle.dispatchEvent(new DragEvent('dragend', { bubbles: true, dataTransfer: dt }));""", item);
		this.wait.until((d) -> rowIds().indexOf("item-" + item) == 0);
		assertThat(this.jdbc.queryForList(
				"select old_value || '→' || new_value from road_map_change where item_id = ? and action = 'MOVE'",
				String.class, item))
			.containsExactly(number + "→1");

		// the export has a Russian name
		assertThat(fileName("/roadmaps/" + map + "/export.xlsx"))
			.isEqualTo("Муниципальная дорожная карта 500+ 2022.xlsx");
		assertThat(fileName("/roadmaps/" + map + "/print.pdf")).isEqualTo("Муниципальная дорожная карта 500+ 2022.pdf");

		click(By.cssSelector("#item-" + item + " .rm-delete"));
		this.wait.until(ExpectedConditions.alertIsPresent()).accept();
		this.wait.until(ExpectedConditions.numberOfElementsToBe(By.id("item-" + item), 0));
	}

	@Test
	void documentCountersDoNotChangeWithTheFilterAndTheExportNamesTheCurator() throws Exception {
		login("coordinator");
		String page = "/programmes/" + this.year2022 + "/documents";
		open(page);
		String all = summaryOf("Ундино-Посельская СОШ");
		assertThat(all).matches(".*\\d+ из \\d+");
		assertThat(this.driver.findElements(By.id("doc-matrix"))).hasSize(1);
		screenshot("documents-matrix");

		for (String filter : List.of("APPROVED", "SUBMITTED", "RETURNED", "MISSING")) {
			open(page + "?status=" + filter + "&view=matrix");
			assertThat(summaryOf("Ундино-Посельская СОШ")).as(filter).isEqualTo(all);
		}
		// «просрочено» and «не загружен» are filters of their own
		open(page);
		List<String> options = this.driver.findElements(By.cssSelector("#status option"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(options).contains("не загружен", "просрочено");

		// one school: cards
		open(page + "?status=RETURNED");
		screenshot("documents-filtered");

		String disposition = header(page.replace("/documents", "/documents.xlsx"), "Content-Disposition");
		assertThat(decodedName(disposition)).isEqualTo("Документы школ — 500+ 2022.xlsx");
		try (XSSFWorkbook book = new XSSFWorkbook(
				new ByteArrayInputStream(bytes(page.replace("/documents", "/documents.xlsx"))))) {
			Sheet sheet = book.getSheetAt(0);
			assertThat(sheet.getRow(0).getCell(1).getStringCellValue()).isEqualTo("Куратор");
			boolean found = false;
			for (Row row : sheet) {
				if (row.getRowNum() > 0 && "Ундино-Посельская СОШ".equals(row.getCell(0).getStringCellValue())) {
					assertThat(row.getCell(1).getStringCellValue()).isEqualTo("Белова Ирина Сергеевна");
					found = true;
				}
			}
			assertThat(found).isTrue();
		}

		// a returned document: the unmet criteria read as what is missing, by a named
		// curator
		long returned = this.jdbc.queryForObject("""
				select d.id from document d join school s on s.id = d.school_id
				where d.programme_year_id = ? and s.short_name = 'Ундино-Посельская СОШ' and d.status = 'RETURNED'
				order by d.id limit 1""", Long.class, this.year2022);
		open("/documents/" + returned);
		String text = text();
		assertThat(text).contains("Не выполнено: ").contains("Белова Ирина Сергеевна");
		assertThat(this.driver.findElements(By.cssSelector("li.unmet"))).isNotEmpty()
			.allSatisfy((li) -> assertThat(li.getText()).startsWith("Не выполнено: "));
		screenshot("document-returned");
	}

	@Test
	@SuppressWarnings("unchecked")
	void theAnalysisTableAndTheChartShowTheSameShareUnderTheSameName() throws Exception {
		login("coordinator");
		open("/analysis?year=2025");
		this.wait.until((d) -> this.driver.findElement(By.id("analysis-chart")).getAttribute("data-points") != null);
		String header = this.driver.findElement(By.id("decisive-share-header")).getText();
		Map<String, Object> chart = (Map<String, Object>) js().executeAsyncScript(
				"""
						var done = arguments[arguments.length - 1];
						fetch(document.getElementById('analysis-chart').getAttribute('data-url'),
						      { headers: { 'Accept': 'application/json' } }).then(r => r.json())
						  .then(d => done({ yShort: d.labels.yShort,
						                    points: d.points.map(p => [String(p.id), p.share == null ? '' : String(p.share), p.name]) }));""");
		assertThat(chart.get("yShort")).isEqualTo(header);
		int compared = 0;
		for (List<String> point : (List<List<String>>) chart.get("points")) {
			List<WebElement> cells = this.driver
				.findElements(By.cssSelector("tr[data-school='" + point.get(0) + "'] td.decisive-share"));
			if (cells.isEmpty()) {
				continue;
			}
			String shown = cells.get(0).getText().strip();
			if (point.get(1).isEmpty()) {
				assertThat(shown).as(point.get(2)).isEqualTo("—");
			}
			else {
				assertThat(new BigDecimal(shown.replace(',', '.'))).as(point.get(2))
					.isEqualByComparingTo(new BigDecimal(point.get(1)));
			}
			compared++;
		}
		assertThat(compared).isPositive();
		screenshot("analysis-overview");
	}

	@Test
	void aRefusedChoiceOfFactorsKeepsTheTicksAndTheSchoolCardLinksTheRoadMap() throws Exception {
		long zhidka = this.jdbc.queryForObject("select id from school where short_name = 'Жидкинская ООШ'", Long.class);
		String before = chosen(zhidka);
		login("school");
		open("/programmes/" + this.year2022 + "/schools/" + zhidka + "/profile");
		List<WebElement> boxes = this.driver.findElements(By.cssSelector("#choice input[name=factorIds]"));
		assertThat(boxes).hasSizeGreaterThan(4);
		// tick exactly the first four: one more than allowed
		for (int i = 0; i < boxes.size(); i++) {
			if (boxes.get(i).isSelected() != (i < 4)) {
				click(boxes.get(i));
			}
		}
		List<String> ticked = tickedFactors();
		assertThat(ticked).hasSize(4);
		click(By.id("save-choice"));
		this.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "не более"));
		assertThat(tickedFactors()).isEqualTo(ticked);
		assertThat(chosen(zhidka)).isEqualTo(before);
		screenshot("profile-refused-choice");

		// the school's card leads to its road map
		open("/schools/" + zhidka);
		this.wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".school-roadmap-link")));
		screenshot("school-card");
		click(this.driver.findElements(By.cssSelector(".school-roadmap-link")).get(0));
		this.wait.until((d) -> d.getCurrentUrl().contains("/roadmaps/") || d.getCurrentUrl().endsWith("/roadmap"));
		assertThat(text()).contains("Дорожная карта");
	}

	// ---------------------------------------------------------------- helpers

	private String chosen(long school) {
		return this.jdbc.queryForObject("""
				select coalesce(string_agg(risk_factor_id::text, ',' order by risk_factor_id), '')
				from risk_factor_choice where programme_year_id = ? and school_id = ?""", String.class, this.year2022,
				school);
	}

	@SuppressWarnings("unchecked")
	private List<String> tickedFactors() {
		return (List<String>) js().executeScript(
				"return Array.from(document.querySelectorAll('#choice input[name=factorIds]:checked')).map((b) => b.value);");
	}

	private String summaryOf(String school) {
		return this.driver
			.findElement(By.xpath("//tr[.//a[normalize-space()='" + school + "']]//*[contains(@class,'summary')]"))
			.getText()
			.strip();
	}

	private String sectionProgress() {
		return this.driver.findElements(By.cssSelector("tr.rm-section .badge")).get(0).getText();
	}

	@SuppressWarnings("unchecked")
	private List<String> rowIds() {
		return (List<String>) js()
			.executeScript("return Array.from(document.querySelectorAll('tr.rm-row')).map((r) => r.id);");
	}

	private String fileName(String path) {
		return decodedName(header(path, "Content-Disposition"));
	}

	private static String decodedName(String disposition) {
		String marker = "filename*=UTF-8''";
		int at = disposition.indexOf(marker);
		assertThat(at).as(disposition).isNotNegative();
		// RFC 5987: «+» is a plain character there, not a space
		return URLDecoder.decode(disposition.substring(at + marker.length()).replace("+", "%2B"),
				StandardCharsets.UTF_8);
	}

	private String header(String path, String name) {
		return (String) js().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => done(r.headers.get(arguments[1]) || ''));""", path, name);
	}

	private byte[] bytes(String path) {
		String base64 = (String) js().executeAsyncScript("""
				var done = arguments[arguments.length - 1];
				fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => {
				  var s = ''; var bytes = new Uint8Array(b);
				  for (var i = 0; i < bytes.length; i++) { s += String.fromCharCode(bytes[i]); }
				  done(btoa(s));
				});""", path);
		return Base64.getDecoder().decode(base64);
	}

	private void login(String user) {
		open("/login");
		this.driver.findElement(By.id("username")).sendKeys(user);
		this.driver.findElement(By.id("password")).sendKeys("demo");
		this.driver.findElement(By.cssSelector("form button[type=submit]")).click();
		this.wait.until((d) -> !d.getCurrentUrl().contains("/login"));
	}

	private void open(String path) {
		this.driver.get("http://localhost:" + this.port + path);
		this.wait.until((d) -> "complete".equals(js().executeScript("return document.readyState")));
	}

	private void click(By by) {
		click(this.driver.findElement(by));
	}

	private void click(WebElement element) {
		js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
		element.click();
	}

	private String text() {
		return this.driver.findElement(By.tagName("body")).getText();
	}

	private JavascriptExecutor js() {
		return (JavascriptExecutor) this.driver;
	}

	private void screenshot(String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		// the whole page, not only the window
		Number height = (Number) js().executeScript("return document.documentElement.scrollHeight;");
		this.driver.manage()
			.window()
			.setSize(new org.openqa.selenium.Dimension(1400, Math.min(4000, height.intValue())));
		Files.write(SCREENSHOTS.resolve(name + ".png"),
				((TakesScreenshot) this.driver).getScreenshotAs(OutputType.BYTES));
		this.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
	}

}
