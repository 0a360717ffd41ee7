package ru.opora.documents;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import ru.opora.riskprofile.RiskFactorView;
import ru.opora.support.TestMessages;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The matrix rows of «Документы школ» written in Java: the school's link and curators,
 * the approved count with its title, a cell per column with its badges, links, factor
 * titles, overdue marks and dashes; every text escaped.
 */
class MonitoringRowsTests {

	static final String NASTY = "<script>alert('x')</script> & \"Б\" «В»";

	static final String ESCAPED = "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;Б&quot; &laquo;В&raquo;";

	static final LocalDate DUE = LocalDate.of(2026, 12, 1);

	@Test
	void writesARowWithItsLinksBadgesAndEscapedTexts() {
		RiskFactorView factor = new RiskFactorView(3L, 2, "Фактор " + NASTY);
		ChecklistItem concept = new ChecklistItem(DocumentKind.CONCEPT, null, 41L, DocumentStatus.APPROVED, 1,
				LocalDateTime.of(2026, 11, 1, 10, 0), DUE, ChecklistItem.Deadline.NONE);
		ChecklistItem programme = new ChecklistItem(DocumentKind.MEDIUM_TERM_PROGRAMME, null, 42L,
				DocumentStatus.SUBMITTED, 2, LocalDateTime.of(2026, 11, 2, 10, 0), DUE, ChecklistItem.Deadline.OVERDUE);
		ChecklistItem antiRiskMissing = new ChecklistItem(DocumentKind.ANTI_RISK_PROGRAMME, factor, null, null, 0, null,
				DUE, ChecklistItem.Deadline.OVERDUE);
		ChecklistItem antiRiskDraft = new ChecklistItem(DocumentKind.ANTI_RISK_PROGRAMME, factor, 43L,
				DocumentStatus.DRAFT, 1, LocalDateTime.of(2026, 11, 3, 10, 0), DUE, ChecklistItem.Deadline.OVERDUE);
		SchoolChecklist school = new SchoolChecklist(5L, "500+", 17L, "Школа " + NASTY,
				List.of(concept, programme, antiRiskMissing, antiRiskDraft), false);
		MonitoringRow row = new MonitoringRow(school, school.items(), "Куратор " + NASTY);
		String html = MonitoringRows.html(5L, List.of(row), List.of(DocumentKind.values()), "/ctx",
				TestMessages.bundle(), Locale.forLanguageTag("ru"));
		assertThat(html).startsWith("\n      <tr><th scope=\"row\" class=\"fw-normal\">")
			.contains("<a href=\"/ctx/schools/17/documents?year=5\">Школа " + ESCAPED + "</a>")
			.contains("<div class=\"small text-secondary\">Куратор " + ESCAPED + "</div></th>")
			.contains(
					"<td class=\"text-nowrap summary\" title=\"Принято концептуальных документов: 1 из 4\">1 из 4</td>")
			.contains("<td><a href=\"/ctx/documents/41\" class=\"text-decoration-none\">"
					+ "<span class=\"badge text-bg-success\">принят</span></a></td>")
			.contains("<td class=\"overdue\"><a href=\"/ctx/documents/42\" class=\"text-decoration-none\">"
					+ "<span class=\"badge text-bg-primary\">на проверке</span></a>"
					+ " <span class=\"text-danger small fw-semibold\">просрочено</span></td>")
			// an item without a document: the factor on the badge; with one: on the link
			.contains("<td class=\"overdue\"><span class=\"badge text-bg-light border\" title=\"2. Фактор " + ESCAPED
					+ "\">не загружен</span> <span class=\"text-danger small fw-semibold\">просрочено</span><br>"
					+ "<a href=\"/ctx/documents/43\" class=\"text-decoration-none\" title=\"2. Фактор " + ESCAPED
					+ "\"><span class=\"badge text-bg-secondary\">черновик</span></a>")
			// no reports owed: «не требуется»
			.contains("<td><span class=\"text-secondary small\">не требуется</span></td></tr>")
			.doesNotContain("<script>")
			.endsWith("</tr>\n      ");
	}

	@Test
	void writesOneRowALineAndOnlyTheColumnsAsked() {
		SchoolChecklist first = checklist(1L, "Первая", DocumentStatus.APPROVED);
		SchoolChecklist second = checklist(2L, "Вторая", null);
		String html = MonitoringRows.html(9L,
				List.of(new MonitoringRow(first, first.items(), ""), new MonitoringRow(second, second.items(), null)),
				List.of(DocumentKind.CONCEPT), "", TestMessages.bundle(), Locale.forLanguageTag("ru"));
		assertThat(html.lines().filter((line) -> line.contains("<tr>"))).hasSize(2);
		assertThat(html).contains("<a href=\"/schools/1/documents?year=9\">Первая</a></th>")
			.contains("title=\"Принято концептуальных документов: 1 из 1\">1 из 1</td><td><a href=\"/documents/1\"")
			.contains("<a href=\"/schools/2/documents?year=9\">Вторая</a></th>")
			.contains("title=\"Принято концептуальных документов: 0 из 1\">0 из 1</td><td>"
					+ "<span class=\"badge text-bg-light border\">не загружен</span></td></tr>")
			.doesNotContain("text-secondary\"></div>");
	}

	@Test
	void anEmptyPageHasNoRows() {
		assertThat(MonitoringRows.html(9L, List.of(), List.of(DocumentKind.CONCEPT), "", TestMessages.bundle(),
				Locale.forLanguageTag("ru")))
			.isBlank();
	}

	private static SchoolChecklist checklist(Long schoolId, String name, DocumentStatus status) {
		ChecklistItem concept = new ChecklistItem(DocumentKind.CONCEPT, null, (status != null) ? schoolId : null,
				status, (status != null) ? 1 : 0, null, null, ChecklistItem.Deadline.NONE);
		return new SchoolChecklist(9L, "500+", schoolId, name, List.of(concept), false);
	}

}
