package ru.opora.teachers;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import ru.opora.support.Browser;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a school imports its teachers and their diagnostics, sees two in the
 * risk group, makes a development plan for one and enrols them in a course; the
 * coordinator sees the municipality's figures change. The test's municipality, schools,
 * accounts and course are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class TeachersBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	TeacherFixture f;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start(this.port);
		this.f = new TeacherFixture(this.jdbc);
		this.jdbc.update("""
				insert into course (municipality_id, title, provider, hours, format, created_by)
				values (?, ?, 'ИРО', 36, 'ONLINE', 'test')""", this.f.municipality,
				"Формирующее оценивание " + this.f.suffix);
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void aSchoolFindsItsRiskGroupMakesAPlanAndEnrolsATeacherAndTheCoordinatorSeesTheFigures() throws Exception {
		this.browser.login(this.f.login("coord"), "demo");
		this.browser.open("/teachers?year=2026");
		assertThat(figures(this.f.schoolA)).containsExactly("0", "0", "0");
		this.browser.logout();

		this.browser.login(this.f.login("school"), "demo");
		this.browser.open("/schools/" + this.f.schoolA + "/teachers");
		upload("teachers-file", "Загрузить", "pedagogi.csv",
				"ФИО;Предметы;Должность;Квалификационная категория;Стаж, лет",
				"Каменева Ольга Петровна;Математика, Информатика;Учитель;первая;12",
				"Лужин Игорь Сергеевич;Физика;Учитель;высшая;25",
				"Мирова Анна Ильинична;Химия;Учитель;без категории;2");
		assertThat(this.browser.text()).contains("Добавлено: 3");
		upload("diagnostics-file", "Загрузить", "diagnostika.csv",
				"ФИО;Учебный год;Предметная;Методическая;Цифровая;Уровень", "Каменева Ольга Петровна;2026/27;45;70;80;",
				"Лужин Игорь Сергеевич;2026/27;85;90;48;", "Мирова Анна Ильинична;2026/27;60;65;70;");
		assertThat(this.browser.text()).contains("Добавлено: 3");
		assertThat(this.browser.driver().findElement(By.id("count-risk")).getText()).isEqualTo("2");
		new Select(this.browser.driver().findElement(By.id("f-risk"))).selectByValue("in");
		clickButton("Показать");
		String risk = this.browser.driver().findElement(By.id("teachers")).getText();
		assertThat(risk).contains("Каменева Ольга Петровна")
			.contains("Лужин Игорь Сергеевич")
			.doesNotContain("Мирова Анна Ильинична");

		click(By.linkText("Каменева Ольга Петровна"));
		this.browser.waiting().until(ExpectedConditions.urlMatches(".*/teachers/\\d+$"));
		assertThat(this.browser.text()).contains("Предметная: 45 % — ниже порога 50 %");
		String card = this.browser.driver().getCurrentUrl();
		clickById("create-plan");
		this.browser.waiting().until(ExpectedConditions.urlMatches(".*/plans/\\d+$"));
		assertThat(this.browser.text()).contains("черновик");
		this.browser.open(card.substring(card.indexOf("/teachers/")));
		new Select(this.browser.driver().findElement(By.id("enrol-courseId")))
			.selectByVisibleText("Формирующее оценивание " + this.f.suffix);
		clickById("enrol-button");
		assertThat(this.browser.driver().findElement(By.id("card-enrolments")).getText())
			.contains("Формирующее оценивание " + this.f.suffix);
		this.browser.assertNoSecurityPolicyViolations();
		this.browser.logout();

		this.browser.login(this.f.login("coord"), "demo");
		this.browser.open("/teachers?year=2026");
		assertThat(figures(this.f.schoolA)).containsExactly("3", "2", "1");
		this.browser.assertNoSecurityPolicyViolations();
	}

	/** teachers, in the risk group, with a plan */
	private java.util.List<String> figures(long school) {
		WebElement row = schoolRow(school);
		return java.util.stream.Stream.of("fig-teachers", "fig-risk", "fig-plan")
			.map((c) -> row.findElement(By.className(c)).getText())
			.toList();
	}

	private WebElement schoolRow(long school) {
		waitLoaded();
		return this.browser.driver()
			.findElement(By.cssSelector("#teacher-figures tr[data-school-id='" + school + "']"));
	}

	private void upload(String input, String button, String name, String... lines) throws Exception {
		Path file = Files.createTempDirectory("teachers-").resolve(name);
		Files.write(file, String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
		waitLoaded();
		WebElement field = this.browser.driver().findElement(By.id(input));
		field.sendKeys(file.toString());
		WebElement submit = field.findElement(By.xpath("./ancestor::form//button[normalize-space()='" + button + "']"));
		((JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", submit);
		this.browser.waiting().until(ExpectedConditions.stalenessOf(submit));
		waitLoaded();
	}

	private void click(By locator) {
		waitLoaded();
		WebElement element = this.browser.driver().findElement(locator);
		((JavascriptExecutor) this.browser.driver())
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", element);
		this.browser.waiting().until(ExpectedConditions.stalenessOf(element));
		waitLoaded();
	}

	private void clickById(String id) {
		click(By.id(id));
	}

	private void clickButton(String text) {
		click(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private void waitLoaded() {
		this.browser.waiting()
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

}
