package ru.opora.network;

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
import ru.opora.support.TestFiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the coordinator runs the suggested pairs, locks one and accepts
 * them; the mentor school plans a joint activity, records it as held with participants
 * and attaches a file; the coordinator sees it on the network's monitoring page. The
 * test's municipality, schools and accounts are its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class NetworkBrowserTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	Browser browser;

	NetworkFixture f;

	long network;

	@BeforeEach
	void setUp() {
		this.browser = Browser.start(this.port);
		this.f = new NetworkFixture(this.jdbc);
		this.network = this.f.network();
	}

	@AfterEach
	void tearDown() {
		if (this.browser != null) {
			this.browser.quit();
		}
	}

	@Test
	void suggestionAcceptedThenAMentorSchoolRecordsAnActivityAndTheCoordinatorSeesIt() throws Exception {
		this.browser.login(this.f.login("coord"), "demo");
		this.browser.open("/networks/" + this.network + "/suggestion");
		assertThat(this.browser.text()).contains("Подбор пар").contains("Предложение: пар 3");
		waitLoaded();
		By rowX = By.cssSelector("#proposal tr[data-mentee='СОШ Икс " + this.f.suffix + "']");
		String mentorOfX = this.browser.driver().findElement(rowX).getAttribute("data-mentor");
		clickButton(
				By.xpath("//tr[@data-mentee='СОШ Икс " + this.f.suffix + "']//button[normalize-space()='Закрепить']"));
		assertThat(this.browser.text()).contains("Условие добавлено").contains("закреплена");
		clickButton("Принять пары (3)");
		assertThat(this.browser.text()).contains("Пар составлено: 3.");
		assertThat(this.jdbc.queryForObject(
				"select s.short_name from network_pair p join school s on s.id = p.mentor_school_id where p.network_id = ? and p.mentee_school_id = ?",
				String.class, this.network, this.f.menteeX))
			.isEqualTo(mentorOfX);
		this.browser.logout();

		long pair = this.jdbc.queryForObject(
				"select id from network_pair where network_id = ? and mentor_school_id = ? and ended_at is null order by id limit 1",
				Long.class, this.network, this.f.mentorA);
		this.browser.login(this.f.login("mentor"), "demo");
		this.browser.open("/networks/pairs/" + pair);
		new Select(this.browser.driver().findElement(By.id("kindId"))).selectByVisibleText("Взаимопосещение уроков");
		this.browser.driver().findElement(By.id("topic")).sendKeys("Взаимопосещение уроков математики");
		setValue(By.id("plannedOn"), "2026-10-15");
		clickButton("Запланировать");
		assertThat(this.browser.text()).contains("Мероприятие запланировано.").contains("запланировано");
		click(By.linkText("Взаимопосещение уроков математики"));
		this.browser.waiting().until(ExpectedConditions.urlMatches(".*/networks/activities/\\d+$"));
		setValue(By.id("heldOn"), "2026-10-15");
		WebElement teachers = this.browser.driver().findElement(By.id("teachers"));
		teachers.clear();
		teachers.sendKeys("-3");
		clickButton("Сохранить отметку");
		assertThat(this.browser.text()).contains("Значение не может быть меньше 0.");
		teachers = this.browser.driver().findElement(By.id("teachers"));
		teachers.clear();
		teachers.sendKeys("6");
		this.browser.driver().findElement(By.id("report")).sendKeys("Посетили 4 урока, разобрали приёмы.");
		clickButton("Сохранить отметку");
		assertThat(this.browser.text()).contains("Проведение мероприятия отмечено.")
			.contains("руководители 0, педагоги 6");
		Path file = Files.createTempFile("vzaimoposeshchenie-", ".pdf");
		Files.write(file, TestFiles.pdf("Otchet"));
		this.browser.driver().findElement(By.id("file")).sendKeys(file.toString());
		clickButton("Загрузить");
		assertThat(this.browser.text()).contains("Файл добавлен.").contains(file.getFileName().toString());
		this.browser.assertNoSecurityPolicyViolations();
		this.browser.logout();

		this.browser.login(this.f.login("coord"), "demo");
		this.browser.open("/networks/" + this.network + "/dashboard");
		this.browser.waiting()
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), "Мониторинг сети"));
		String dashboard = this.browser.text();
		assertThat(dashboard).contains("Проведено совместных мероприятий").contains("педагоги 6");
		assertThat(this.browser.driver().findElement(By.id("by-month")).getText()).contains("СОШ Икс " + this.f.suffix);
		this.browser.assertNoSecurityPolicyViolations();
	}

	private void setValue(By locator, String value) {
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].value = arguments[1]",
				this.browser.driver().findElement(locator), value);
	}

	private WebElement click(By locator) {
		waitLoaded();
		WebElement element = this.browser.driver().findElement(locator);
		((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'})",
				element);
		try {
			element.click();
		}
		catch (org.openqa.selenium.ElementClickInterceptedException ex) {
			// a sticky footer or the date picker may lie over the element in a small
			// headless window
			((JavascriptExecutor) this.browser.driver()).executeScript("arguments[0].click()", element);
		}
		return element;
	}

	/**
	 * Clicks a form's button once the page has fully loaded, and waits for the next page.
	 * A click that Chromium could not deliver (the node was being replaced while the page
	 * finished loading) is tried again; a delivered one never is, so a form is never sent
	 * twice.
	 */
	private void clickButton(String text) {
		clickButton(By.xpath("//button[normalize-space()='" + text + "']"));
	}

	private void clickButton(By locator) {
		for (int attempt = 1;; attempt++) {
			waitLoaded();
			WebElement button = this.browser.driver().findElement(locator);
			try {
				((JavascriptExecutor) this.browser.driver())
					.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click()", button);
			}
			catch (org.openqa.selenium.WebDriverException ex) {
				if (attempt >= 3) {
					throw ex;
				}
				continue;
			}
			this.browser.waiting().until(ExpectedConditions.stalenessOf(button));
			waitLoaded();
			return;
		}
	}

	private void waitLoaded() {
		this.browser.waiting()
			.until((d) -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
	}

}
