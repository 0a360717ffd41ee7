package ru.opora.indicators;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the coordinator sets a target, enters a hand-entered indicator with
 * an evidence file, sees the computed ones and downloads the PDF report. The region,
 * schools and accounts are the test's own ({@link IndicatorFixture}).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IndicatorsBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	IndicatorFixture f;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start(this.port);
		this.f = new IndicatorFixture(this.jdbc);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void theCoordinatorSetsATargetEntersAValueWithEvidenceAndPrintsTheReport() throws Exception {
		this.browser.login(this.f.login("coord"), "demo");
		String period = this.f.year + "-FINAL";
		this.browser.open("/indicators?period=" + period);
		assertThat(this.browser.text()).contains("Показатели проекта", "Район " + this.f.suffix);
		// computed: 8 (A and B are a pair) and 2 (A of A, B)
		assertThat(cell("8", ".ind-value")).isEqualTo("100 %");
		assertThat(cell("2", ".ind-value")).isEqualTo("50 %");
		assertThat(cell("2", ".ind-fraction")).isEqualTo("(1 / 2)");

		// a target for 2
		WebElement row2 = row("2");
		click(row2.findElement(By.cssSelector(".ind-target-form"))
			.findElement(By.xpath(".."))
			.findElement(By.tagName("summary")));
		WebElement target = row2.findElement(By.id("target-2"));
		target.clear();
		target.sendKeys("55");
		submit(row2.findElement(By.cssSelector(".ind-target-form button[type=submit]")));
		assertThat(this.browser.text()).contains("Цель показателя 2 сохранена.");
		assertThat(cell("2", ".ind-target")).isEqualTo("55 %");
		assertThat(row("2").findElement(By.cssSelector(".ind-status")).getText()).isEqualTo("близко");

		// a hand-entered value with evidence for 13
		WebElement row13 = row("13");
		click(row13.findElement(By.cssSelector(".ind-value-form"))
			.findElement(By.xpath(".."))
			.findElement(By.tagName("summary")));
		row13.findElement(By.id("value-13")).sendKeys("37,5");
		row13.findElement(By.id("comment-13")).sendKeys("Справка управления образования");
		Path file = Files.createTempDirectory("indicators-").resolve("spravka.pdf");
		Files.write(file, TestFiles.pdf("Справка о конкурсах"));
		row13.findElement(By.id("evidence-13")).sendKeys(file.toString());
		submit(row13.findElement(By.cssSelector(".ind-value-form button[type=submit]")));
		assertThat(this.browser.text()).contains("Значение показателя 13 сохранено.");
		assertThat(cell("13", ".ind-value")).isEqualTo("37,5 %");
		assertThat(cell("13", ".ind-evidence")).isEqualTo("spravka.pdf");
		assertThat(cell("13", ".ind-comment")).isEqualTo("Справка управления образования");

		// the details of a computed value are a click away
		click(row("8").findElement(By.cssSelector("a.ind-how")));
		this.browser.waiting().until((d) -> d.getCurrentUrl().contains("/FINAL/8"));
		assertThat(this.browser.text()).contains(this.f.schoolName(this.f.schoolA), this.f.schoolName(this.f.schoolB));

		// the PDF report
		this.browser.open("/indicators?period=" + period);
		String href = this.browser.driver().findElement(By.id("ind-pdf")).getAttribute("href");
		Object answer = ((JavascriptExecutor) this.browser.driver()).executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				fetch(arguments[0], { credentials: 'same-origin' })
				  .then(r => r.arrayBuffer().then(b => done(r.status + ' ' + r.headers.get('content-type') + ' '
				      + String.fromCharCode(...new Uint8Array(b.slice(0, 4))))))
				  .catch(e => done('error ' + e));""", href);
		assertThat(answer).isEqualTo("200 application/pdf %PDF");
		this.browser.assertNoSecurityPolicyViolations();
	}

	private WebElement row(String code) {
		return this.browser.driver().findElement(By.id("indicator-" + code.replace('.', '-')));
	}

	private String cell(String code, String css) {
		return row(code).findElement(By.cssSelector(css)).getText().trim();
	}

	private void click(WebElement element) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].click()", element);
	}

	private void submit(WebElement button) {
		String before = this.browser.driver().getCurrentUrl();
		WebElement old = this.browser.driver().findElement(By.tagName("body"));
		click(button);
		this.browser.waiting().until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(old));
		this.browser.waiting()
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
		assertThat(before).isNotNull();
	}

}
