package ru.opora.documents;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the school uploads a Концепция развития and sends it; the curator
 * returns it with a comment; the school uploads a new version and sends it again; the
 * curator confirms it; the coordinator sees «принят» in the monitoring table.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DocumentsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	long year;

	long zhidka;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start(this.port);
		this.zhidka = this.jdbc.queryForObject("select id from school where short_name = 'Жидкинская ООШ'", Long.class);
		this.year = this.jdbc.queryForObject(
				"""
						insert into programme_year (municipality_id, year, title, documents_due, created_by)
						select municipality_id, 2026, 'Браузер ' || substr(gen_random_uuid()::text, 1, 8), date '2026-12-31', 'test'
						from school where id = ? returning id""",
				Long.class, this.zhidka);
		this.jdbc.update("insert into programme_participant (programme_year_id, school_id) values (?, ?)", this.year,
				this.zhidka);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void schoolCuratorAndCoordinatorTakeAConceptThroughReview() throws Exception {
		Path first = Files.createTempFile("koncepciya-", ".pdf");
		Files.write(first, TestFiles.pdf("Koncepciya v1"));
		Path second = Files.createTempFile("koncepciya-", ".docx");
		Files.write(second, TestFiles.docx("Концепция развития, версия 2"));

		this.browser.login("school", "demo");
		this.browser.open("/schools/" + this.zhidka + "/documents?year=" + this.year);
		assertThat(this.browser.text()).contains("Концепция развития").contains("не загружен");
		this.browser.driver().findElement(By.id("file-0")).sendKeys(first.toString());
		this.browser.driver().findElement(By.id("comment-0")).sendKeys("Первая редакция");
		this.browser.click(By.cssSelector("#file-0 ~ button[type=submit]"));
		this.browser.waiting().until(ExpectedConditions.urlMatches(".*/documents/\\d+$"));
		String documentUrl = this.browser.driver().getCurrentUrl();
		String documentPath = documentUrl.substring(documentUrl.indexOf("/documents/"));
		assertThat(this.browser.text()).contains("Файл загружен").contains("черновик").contains("Первая редакция");
		clickButton("Отправить на проверку");
		assertThat(this.browser.text()).contains("Документ отправлен на проверку").contains("на проверке");
		this.browser.logout();

		this.browser.login("curator2", "demo");
		this.browser.open("/review");
		assertThat(this.browser.text()).contains("Жидкинская ООШ");
		this.browser.open(documentPath);
		assertThat(this.browser.text()).contains("Проверка версии 1");
		click(By.id("unmet-3"));
		this.browser.driver().findElement(By.id("comment")).sendKeys("Свяжите цели с выбранными рисками.");
		clickButton("Вернуть на доработку");
		assertThat(this.browser.text()).contains("Документ возвращён на доработку.").contains("на доработке");
		this.browser.logout();

		this.browser.login("school", "demo");
		this.browser.open(documentPath);
		assertThat(this.browser.text()).contains("Свяжите цели с выбранными рисками.")
			.contains("Цели согласуются с выбранными факторами риска");
		this.browser.driver().findElement(By.id("file")).sendKeys(second.toString());
		clickButton("Загрузить");
		assertThat(this.browser.text()).contains("Файл загружен").contains("версия 2");
		clickButton("Отправить на проверку");
		assertThat(this.browser.text()).contains("Документ отправлен на проверку");
		this.browser.logout();

		this.browser.login("curator2", "demo");
		this.browser.open(documentPath);
		assertThat(this.browser.text()).contains("Проверка версии 2");
		clickButton("Подтвердить");
		assertThat(this.browser.text()).contains("Документ принят.");
		this.browser.logout();

		this.browser.login("coordinator", "demo");
		this.browser.open("/programmes/" + this.year + "/documents");
		String monitoring = this.browser.text();
		assertThat(monitoring).contains("Жидкинская ООШ").contains("Концепция развития").contains("принят");
		this.browser.assertNoSecurityPolicyViolations();
	}

	private org.openqa.selenium.WebElement click(By locator) {
		var element = this.browser.driver().findElement(locator);
		// a click through the DOM: the embedded PDF viewer of the document page can lie
		// over
		// the form in headless Chromium and swallow a pointer click without any error
		((org.openqa.selenium.JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
		return element;
	}

	/**
	 * Clicks a form's button and waits until the next page has loaded.
	 */
	private void clickButton(String text) {
		var button = click(By.xpath("//button[normalize-space()='" + text + "']"));
		this.browser.waiting().until(ExpectedConditions.stalenessOf(button));
		this.browser.waiting()
			.until((d) -> "complete"
				.equals(((org.openqa.selenium.JavascriptExecutor) d).executeScript("return document.readyState")));
	}

}
